"""Farsi translations of the demo's counselling texts (see `translations.py`): written by the
development team, machine-assisted; all need review by a native speaker."""

EMERGENCY_NUMBERS = {
    "110": {
        "description": "در صورت خشونت، تهدید یا وقتی کسی در خطر است.",
        "hours": "شبانه‌روزی",
    },
    "112": {
        "description": "در صورت جراحت، خطر جانی یا وقتی کسی می‌خواهد به خودش آسیب بزند.",
        "hours": "شبانه‌روزی",
    },
    "116 111": {"description": "برای کودکان و نوجوانان، بدون ذکر نام و رایگان."},
    "116 016": {
        "description": "برای زنان و دخترانی که خشونت را تجربه می‌کنند، بدون ذکر نام و رایگان، "
        "همچنین با مترجم زن.",
        "hours": "شبانه‌روزی",
    },
}

CLIENT_GROUPS = {
    "schueler": {"name": "دانش‌آموزان"},
    "eltern": {"name": "والدین"},
    "lehrkraefte": {"name": "معلمان"},
    "schulleitung": {"name": "مدیریت مدرسه"},
    "vertretungen": {"name": "نمایندگان دانش‌آموزان و والدین"},
    "klassen": {"name": "کلاس‌ها"},
    "junge-gefluechtete": {"name": "پناهجویان جوان"},
    "junge-volljaehrige": {"name": "جوانان به سن قانونی رسیده (ترک‌کنندگان مراقبت)"},
    "fachkraefte": {"name": "متخصصان"},
}

OCCASION_GROUPS = {
    "oberschule-soltau": {
        "Schule, Lernen und Leistung": {"name": "مدرسه، یادگیری و پیشرفت تحصیلی"},
        "Schullaufbahn und Beruf": {"name": "مسیر تحصیلی و شغل"},
        "Miteinander und Konflikte": {"name": "زندگی با یکدیگر و اختلاف‌ها"},
        "Familie und persönliche Entwicklung": {"name": "خانواده و رشد فردی"},
        "Verhalten, Entwicklung und Gesundheit": {"name": "رفتار، رشد و سلامت"},
        "Schulbesuch und Schutz": {"name": "حضور در مدرسه و حفاظت"},
        "Hilfe außerhalb der Schule, Prävention, Mitwirkung": {
            "name": "کمک بیرون از مدرسه، پیشگیری، مشارکت"
        },
    },
    "thueringen": {
        "Übergänge": {"name": "دوره‌های گذار"},
        "Rechte und Konflikte": {"name": "حقوق و اختلاف‌ها"},
        "Schutz und Gesundheit": {"name": "حفاظت و سلامت"},
    },
}

OCCASIONS = {
    "oberschule-soltau": {
        "krise": {
            "name": "بحران‌ها و مداخله در بحران",
            "description": "بحران حاد؛ آمادگی برای مداخله در بحران.",
        },
        "kindeswohl": {
            "name": "نگرانی دربارهٔ سلامت و بهروزی یک کودک (حمایت از کودک)",
            "description": "نشانه‌های خشونت، بی‌توجهی یا سوءاستفاده.",
        },
        "lernen": {
            "name": "مشکلات یادگیری",
            "description": "دشواری‌های یادگیری، کلاس تقویتی، برنامه‌های حمایتی.",
        },
        "leistungseinbruch": {
            "name": "افت تحصیلی",
            "description": "نمره‌ها ناگهان به‌طور محسوسی بدتر می‌شوند.",
        },
        "fachfragen": {
            "name": "محتوای درس‌ها، ارزشیابی و سطح پیشرفت تحصیلی",
            "description": "پرسش‌هایی دربارهٔ یک درس، نمره‌ها و سطح پیشرفت.",
        },
        "lrs-dyskalkulie": {
            "name": "ناتوانی‌های یادگیری مانند اختلال خواندن و نوشتن یا اختلال ریاضی",
            "description": "ضعف در خواندن و املا، ضعف در حساب، معلولیت‌ها.",
        },
        "schulprobleme": {
            "name": "مشکلات مدرسه به‌طور کلی",
            "description": "وقتی در مدرسه در مجموع اوضاع خوب پیش نمی‌رود.",
        },
        "fachberatung": {
            "name": "تحرک، رسانه، ایمنی، تبادل مدرسه‌ای",
            "description": "مشاورهٔ تخصصی از سوی معلمانی با وظایف ویژه، مثلاً دربارهٔ "
            "تبادل مدرسه‌ای اروپایی در برنامهٔ Comenius.",
        },
        "schullaufbahn": {
            "name": "پرسش‌های مربوط به مسیر تحصیلی",
            "description": "مدرک‌ها، تغییر مدرسه، تکرار پایه، بعد از آن کدام مدرسه.",
        },
        "berufsfindung": {
            "name": "انتخاب شغل و گذار از مدرسه به کار",
            "description": "چه شغلی مناسب است؟ کارآموزی، آموزش حرفه‌ای، درخواست کار.",
        },
        "mobbing": {
            "name": "قلدری (آزار مداوم)",
            "description": "کسی بارها و بارها اذیت، طرد یا تهدید می‌شود.",
        },
        "probleme-mit-anderen": {
            "name": "مشکل با دیگران در مدرسه",
            "description": "دعوا، روابط و رفتار با یکدیگر.",
        },
        "umgang-mitschueler-eltern": {"name": "مشکل در رفتار با همکلاسی‌ها و والدین"},
        "konfliktmoderation": {
            "name": "مدیریت اختلاف و میانجی‌گری",
            "description": "قرار است یک اختلاف با کمک یک فرد بی‌طرف حل شود.",
        },
        "familie": {
            "name": "مشکلات در محیط خانواده",
            "description": "نگرانی‌ها در خانه، جدایی، دعوا در خانواده.",
        },
        "persoenliche-entwicklung": {
            "name": "رشد فردی و تصمیم‌ها",
            "description": "شکل‌گیری شخصیت، تصمیم‌های شخصی.",
        },
        "verhalten": {
            "name": "رفتار، رشد عاطفی و اجتماعی",
            "description": "مشکلات رفتاری، رفتار در کار و رفتار اجتماعی.",
        },
        "schwere-stoerungen": {
            "name": "احتمال اختلال‌های جدی",
            "description": "مشکلاتی فراتر از امکانات مدرسه؛ آزمون‌های روان‌شناختی و گزارش کارشناسی.",
        },
        "sonderpaedagogik": {
            "name": "نیاز به حمایت آموزشی ویژه",
            "description": "بینایی، شنوایی، رشد جسمی و حرکتی، اوتیسم، گفتار و زبان.",
        },
        "schulpflicht": {
            "name": "حضور در مدرسه و آموزش اجباری",
            "description": "غیبت مکرر، امتناع از رفتن به مدرسه، مشکل در حضور در مدرسه.",
        },
        "ausserschulische-beratung": {
            "name": "معرفی به مراکز مشاوره بیرون از مدرسه",
            "description": "پیدا کردن یک مرکز مناسب بیرون از مدرسه و رفتن به آنجا.",
        },
        "praevention": {
            "name": "پیشگیری در کلاس",
            "description": "پروژه‌ها و برنامه‌هایی برای یک کلاس، پیش از آنکه مشکلی پیش بیاید.",
        },
        "vertretung": {
            "name": "پرسش‌ها و درخواست‌ها از نمایندگان دانش‌آموزان یا والدین",
            "description": "نمایندگی منافع دانش‌آموزان یا والدین.",
        },
        "systemberatung": {
            "name": "مشاوره برای کادر آموزشی و مدرسه (مشاورهٔ سیستمی)",
            "description": "طرح‌ها، طرح‌های تشخیص و حمایت، مدیریت اختلاف.",
        },
    },
    "thueringen": {
        "gewalt": {
            "name": "خشونت، خشونت جنسی یا بی‌توجهی",
            "description": "حتی اگر فقط یک گمان باشد.",
        },
        "trauma": {
            "name": "فشار روانی و تروما",
            "description": "مشکلات خواب، ترس، خاطره‌های فرار و مهاجرت.",
        },
        "leaving-care": {
            "name": "رسیدن به سن قانونی – پایان حمایت‌های رفاه جوانان",
            "description": "کمک برای جوانان به سن قانونی رسیده (§ 41 SGB VIII)، خانهٔ مستقل، "
            "درخواست‌ها.",
        },
        "schule-ausbildung": {
            "name": "رسیدن، مدرسه، آموزش حرفه‌ای و شغل",
            "description": "زبان، مدرسه، آموزش حرفه‌ای، اداره‌ها، زندگی روزمره در تورینگن.",
        },
        "beschwerde-jugendhilfe": {
            "name": "اختلاف یا شکایت با اداره رفاه جوانان یا مؤسسه",
            "description": "احساس می‌کنی صدایت شنیده نمی‌شود یا با تو ناعادلانه رفتار می‌شود.",
        },
        "familie": {
            "name": "خانواده و تربیت",
            "description": "پرسش‌های والدین و خانواده‌ها.",
        },
    },
}
