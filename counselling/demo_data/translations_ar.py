"""Arabic translations of the demo's counselling texts (see `translations.py`): written by the
development team, machine-assisted; all need review by a native speaker."""

EMERGENCY_NUMBERS = {
    "110": {
        "description": "في حالات العنف أو التهديد أو عندما يكون شخص ما في خطر.",
        "hours": "على مدار الساعة",
    },
    "112": {
        "description": "في حالات الإصابات أو الخطر على الحياة أو عندما يريد شخص ما أن يؤذي نفسه.",
        "hours": "على مدار الساعة",
    },
    "116 111": {"description": "للأطفال والشباب، دون ذكر الاسم ومجاناً."},
    "116 016": {
        "description": "للنساء والفتيات اللواتي يتعرّضن للعنف، دون ذكر الاسم ومجاناً، "
        "ومع مترجمات أيضاً.",
        "hours": "على مدار الساعة",
    },
}

CLIENT_GROUPS = {
    "schueler": {"name": "التلميذات والتلاميذ"},
    "eltern": {"name": "الوالدان"},
    "lehrkraefte": {"name": "المعلّمات والمعلّمون"},
    "schulleitung": {"name": "إدارة المدرسة"},
    "vertretungen": {"name": "ممثّلو التلاميذ وأولياء الأمور"},
    "klassen": {"name": "الصفوف"},
    "junge-gefluechtete": {"name": "اللاجئون الشباب"},
    "junge-volljaehrige": {"name": "الشباب البالغون (الخارجون من الرعاية)"},
    "fachkraefte": {"name": "المختصّون"},
}

OCCASION_GROUPS = {
    "oberschule-soltau": {
        "Schule, Lernen und Leistung": {"name": "المدرسة والتعلّم والتحصيل"},
        "Schullaufbahn und Beruf": {"name": "المسار المدرسي والمهنة"},
        "Miteinander und Konflikte": {"name": "العيش المشترك والنزاعات"},
        "Familie und persönliche Entwicklung": {"name": "الأسرة والنموّ الشخصي"},
        "Verhalten, Entwicklung und Gesundheit": {"name": "السلوك والنموّ والصحة"},
        "Schulbesuch und Schutz": {"name": "الحضور إلى المدرسة والحماية"},
        "Hilfe außerhalb der Schule, Prävention, Mitwirkung": {
            "name": "المساعدة خارج المدرسة، الوقاية، المشاركة"
        },
    },
    "thueringen": {
        "Übergänge": {"name": "المراحل الانتقالية"},
        "Rechte und Konflikte": {"name": "الحقوق والنزاعات"},
        "Schutz und Gesundheit": {"name": "الحماية والصحة"},
    },
}

OCCASIONS = {
    "oberschule-soltau": {
        "krise": {
            "name": "الأزمات والتدخّل في الأزمات",
            "description": "أزمة حادّة؛ التحضير للتدخّل في الأزمات.",
        },
        "kindeswohl": {
            "name": "القلق على مصلحة طفل (حماية الطفل)",
            "description": "علامات على العنف أو الإهمال أو الإساءة.",
        },
        "lernen": {
            "name": "مشاكل في التعلّم",
            "description": "صعوبات في التعلّم، دروس تقوية، خطط دعم.",
        },
        "leistungseinbruch": {
            "name": "تراجع التحصيل الدراسي",
            "description": "تسوء العلامات فجأة بشكل واضح.",
        },
        "fachfragen": {
            "name": "محتوى المواد وتقييم التحصيل ومستواه",
            "description": "أسئلة حول مادة دراسية وحول العلامات ومستوى التحصيل.",
        },
        "lrs-dyskalkulie": {
            "name": "صعوبات التعلّم مثل عسر القراءة والكتابة أو عسر الحساب",
            "description": "ضعف القراءة والإملاء، ضعف الحساب، الإعاقات.",
        },
        "schulprobleme": {
            "name": "مشاكل مدرسية بشكل عام",
            "description": "عندما لا تسير الأمور في المدرسة بشكل جيد عموماً.",
        },
        "fachberatung": {
            "name": "التنقّل، الإعلام، السلامة، التبادل المدرسي",
            "description": "استشارة متخصّصة من معلّمين ذوي مهام وظيفية خاصة، مثلاً حول "
            "التبادل المدرسي الأوروبي في برنامج Comenius.",
        },
        "schullaufbahn": {
            "name": "أسئلة حول المسار المدرسي",
            "description": "الشهادات، تغيير المدرسة، إعادة السنة، أي مدرسة بعد ذلك.",
        },
        "berufsfindung": {
            "name": "اختيار المهنة والانتقال من المدرسة إلى العمل",
            "description": "أي مهنة تناسبني؟ التدريب العملي، التدريب المهني، طلب العمل.",
        },
        "mobbing": {
            "name": "التنمّر",
            "description": "شخص يتعرّض مراراً للمضايقة أو الإقصاء أو التهديد.",
        },
        "probleme-mit-anderen": {
            "name": "مشاكل مع أشخاص آخرين في المدرسة",
            "description": "الخلافات والعلاقات وطريقة التعامل مع بعضنا.",
        },
        "umgang-mitschueler-eltern": {"name": "مشاكل في التعامل مع زملاء الدراسة والوالدين"},
        "konfliktmoderation": {
            "name": "إدارة النزاعات والوساطة",
            "description": "يُراد حلّ خلاف بمساعدة شخص محايد.",
        },
        "familie": {
            "name": "مشاكل في المحيط العائلي",
            "description": "هموم في البيت، انفصال، خلافات في الأسرة.",
        },
        "persoenliche-entwicklung": {
            "name": "النموّ الشخصي والقرارات",
            "description": "اكتشاف الذات، القرارات الشخصية.",
        },
        "verhalten": {
            "name": "السلوك والنموّ العاطفي والاجتماعي",
            "description": "اضطرابات سلوكية، سلوك العمل والسلوك الاجتماعي.",
        },
        "schwere-stoerungen": {
            "name": "الاشتباه باضطرابات شديدة",
            "description": "مشاكل تتجاوز إمكانيات المدرسة؛ اختبارات نفسية وتقارير خبراء.",
        },
        "sonderpaedagogik": {
            "name": "الحاجة إلى دعم تربوي خاص",
            "description": "البصر، السمع، النموّ الجسدي والحركي، التوحّد، اللغة.",
        },
        "schulpflicht": {
            "name": "الحضور إلى المدرسة والتعليم الإلزامي",
            "description": "الغياب المتكرّر، رفض الذهاب إلى المدرسة، مشاكل في الحضور إلى المدرسة.",
        },
        "ausserschulische-beratung": {
            "name": "التحويل إلى مراكز استشارة خارج المدرسة",
            "description": "إيجاد جهة مناسبة خارج المدرسة والذهاب إليها.",
        },
        "praevention": {
            "name": "الوقاية في الصف",
            "description": "مشاريع وعروض لصف كامل قبل أن تنشأ المشاكل.",
        },
        "vertretung": {
            "name": "أسئلة وطلبات إلى ممثّلي التلاميذ أو أولياء الأمور",
            "description": "تمثيل مصالح التلاميذ أو الوالدين.",
        },
        "systemberatung": {
            "name": "استشارة للهيئة التعليمية والمدرسة (استشارة النظام)",
            "description": "مفاهيم، مفاهيم التشخيص والدعم، إدارة النزاعات.",
        },
    },
    "thueringen": {
        "gewalt": {
            "name": "العنف أو العنف الجنسي أو الإهمال",
            "description": "حتى لو كان مجرّد اشتباه.",
        },
        "trauma": {
            "name": "الضغط النفسي والصدمة",
            "description": "مشاكل في النوم، خوف، ذكريات عن رحلة اللجوء.",
        },
        "leaving-care": {
            "name": "بلوغ سن الرشد – انتهاء دعم رعاية الشباب",
            "description": "مساعدة للشباب البالغين (§ 41 SGB VIII)، سكن خاص، طلبات.",
        },
        "schule-ausbildung": {
            "name": "الوصول والمدرسة والتدريب المهني والعمل",
            "description": "اللغة، المدرسة، التدريب المهني، الدوائر الرسمية، الحياة اليومية في "
            "تورينغن.",
        },
        "beschwerde-jugendhilfe": {
            "name": "خلاف أو شكوى مع مكتب رعاية الشباب أو المؤسسة",
            "description": "تشعر بأن أحداً لا يستمع إليك أو بأنك تُعامَل بظلم.",
        },
        "familie": {
            "name": "الأسرة والتربية",
            "description": "أسئلة الوالدين والأسر.",
        },
    },
}
