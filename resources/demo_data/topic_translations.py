"""Translations of the demo's section and topic names, and of the sections' introductions, by
topic slug.

Written by the development team (machine-assisted, not by native speakers) from the German
texts alone; every one is stored with "needs review by a native speaker". No facts are added:
figures, names of organisations and laws stay as the German text has them.
"""

TOPIC_TRANSLATIONS = {
    "unbegleitete-minderjaehrige": {
        "en": "Unaccompanied minors",
        "ar": "القاصرون غير المصحوبين",
        "fa": "افراد زیر سن قانونی بدون همراه",
        "uk": "Неповнолітні без супроводу",
    },
    "unbegleitete-minderjaehrige-einfuehrende-informationen": {
        "en": "Introductory information",
        "ar": "معلومات تمهيدية",
        "fa": "اطلاعات مقدماتی",
        "uk": "Вступна інформація",
    },
    "unbegleitete-minderjaehrige-themen-im-ueberblick": {
        "en": "Topics at a glance",
        "ar": "نظرة عامة على المواضيع",
        "fa": "مروری بر موضوع‌ها",
        "uk": "Огляд тем",
    },
    "unbegleitete-minderjaehrige-weitere-themen-und-fragen": {
        "en": "Further topics and questions",
        "ar": "مواضيع وأسئلة أخرى",
        "fa": "موضوع‌ها و پرسش‌های دیگر",
        "uk": "Інші теми та питання",
    },
    "begleitete-minderjaehrige": {
        "en": "Accompanied minors",
        "ar": "القاصرون المصحوبون",
        "fa": "افراد زیر سن قانونی با همراه",
        "uk": "Неповнолітні із супроводом",
    },
    "begleitete-minderjaehrige-asylverfahren": {
        "en": "Asylum procedure",
        "ar": "إجراءات اللجوء",
        "fa": "روند پناهندگی",
        "uk": "Процедура надання притулку",
    },
    "begleitete-minderjaehrige-geburtsurkunde": {
        "en": "Birth certificate",
        "ar": "شهادة الميلاد",
        "fa": "گواهی تولد",
        "uk": "Свідоцтво про народження",
    },
    "begleitete-minderjaehrige-jugendhilfe": {
        "en": "Child and youth welfare",
        "ar": "رعاية الأطفال والشباب",
        "fa": "خدمات رفاهی کودکان و نوجوانان",
        "uk": "Допомога дітям і молоді",
    },
    "begleitete-minderjaehrige-kindergeld": {
        "en": "Child benefit",
        "ar": "إعانة الطفل (Kindergeld)",
        "fa": "کمک‌هزینهٔ فرزند (Kindergeld)",
        "uk": "Допомога на дитину (Kindergeld)",
    },
    "begleitete-minderjaehrige-lebenssituation": {
        "en": "Living situation",
        "ar": "الوضع المعيشي",
        "fa": "وضعیت زندگی",
        "uk": "Життєва ситуація",
    },
    "begleitete-minderjaehrige-unterbringung-schutzkonzepte": {
        "en": "Accommodation / safeguarding concepts",
        "ar": "السكن / مفاهيم الحماية",
        "fa": "اسکان / طرح‌های حفاظتی",
        "uk": "Розміщення / концепції захисту",
    },
    "begleitete-minderjaehrige-abschiebung": {
        "en": "Deportation",
        "ar": "الترحيل",
        "fa": "اخراج (دیپورت)",
        "uk": "Депортація",
    },
    "begleitete-minderjaehrige-psychosoziale-versorgung-trauma": {
        "en": "Psychosocial care / trauma",
        "ar": "الرعاية النفسية الاجتماعية / الصدمة",
        "fa": "مراقبت روانی-اجتماعی / تروما",
        "uk": "Психосоціальна допомога / травма",
    },
    "junge-volljaehrige-leaving-care": {
        "en": "Young adults – leaving care",
        "ar": "الشباب البالغون – مغادرة رعاية الشباب",
        "fa": "جوانان بزرگسال – پایان حمایت‌های جوانان",
        "uk": "Молоді повнолітні – завершення опіки",
    },
    "junge-volljaehrige-leaving-care-grundlegende-informationen": {
        "en": "Basic information",
        "ar": "معلومات أساسية",
        "fa": "اطلاعات پایه",
        "uk": "Основна інформація",
    },
    "junge-volljaehrige-leaving-care-leaving-care-uebergaenge-gestalten": {
        "en": "Leaving care – shaping transitions",
        "ar": "مغادرة الرعاية – تنظيم المراحل الانتقالية",
        "fa": "ترک مراقبت – شکل دادن به دوره‌های گذار",
        "uk": "Завершення опіки – як організувати перехід",
    },
    "junge-volljaehrige-leaving-care-hilfen-fuer-junge-volljaehrige-41-sgb-viii": {
        "en": "Support for young adults – § 41 SGB VIII",
        "ar": "المساعدة للشباب البالغين – § 41 SGB VIII",
        "fa": "کمک برای جوانان به سن قانونی رسیده – § 41 SGB VIII",
        "uk": "Допомога молодим повнолітнім – § 41 SGB VIII",
    },
    "junge-volljaehrige-leaving-care-beratung-in-thueringen": {
        "en": "Counselling in Thuringia",
        "ar": "الاستشارة في تورينغن",
        "fa": "مشاوره در تورینگن",
        "uk": "Консультування в Тюрингії",
    },
    "kinderrechte": {
        "en": "Children's rights / §§",
        "ar": "حقوق الطفل / §§",
        "fa": "حقوق کودک / §§",
        "uk": "Права дитини / §§",
    },
    "kinderrechte-international": {
        "en": "International",
        "ar": "دولياً",
        "fa": "بین‌المللی",
        "uk": "Міжнародний рівень",
    },
    "kinderrechte-europa": {
        "en": "Europe",
        "ar": "أوروبا",
        "fa": "اروپا",
        "uk": "Європа",
    },
    "kinderrechte-bundesweit": {
        "en": "Germany-wide",
        "ar": "على مستوى ألمانيا",
        "fa": "در سراسر آلمان",
        "uk": "По всій Німеччині",
    },
    "kinderrechte-kinderrechte-mehrsprachig": {
        "en": "Children's rights (multilingual)",
        "ar": "حقوق الطفل (بعدّة لغات)",
        "fa": "حقوق کودک (چندزبانه)",
        "uk": "Права дитини (кількома мовами)",
    },
    "geas-kinderrechte": {
        "en": "CEAS & children's rights",
        "ar": "النظام الأوروبي المشترك للجوء وحقوق الطفل",
        "fa": "نظام مشترک پناهندگی اروپا و حقوق کودک",
        "uk": "Спільна європейська система притулку і права дитини",
    },
    "geas-kinderrechte-geas-anpassungsgesetze": {
        "en": "CEAS adaptation acts",
        "ar": "قوانين التكييف مع النظام الأوروبي المشترك للجوء (GEAS)",
        "fa": "قوانین انطباق با نظام مشترک پناهندگی اروپا (GEAS)",
        "uk": "Закони про адаптацію до СЄСП (GEAS)",
    },
    "geas-kinderrechte-stellungnahmen-gutachten-positionspapiere": {
        "en": "Statements, expert opinions, position papers",
        "ar": "بيانات مواقف، تقارير خبراء، أوراق مواقف",
        "fa": "بیانیه‌ها، نظرهای کارشناسی، مواضع رسمی",
        "uk": "Заяви, експертні висновки, позиційні документи",
    },
    "adressen-in-thueringen": {
        "en": "Addresses in Thuringia",
        "ar": "عناوين في تورينغن",
        "fa": "نشانی‌ها در تورینگن",
        "uk": "Адреси в Тюрингії",
    },
    "adressen-bundesweit": {
        "en": "Addresses throughout Germany",
        "ar": "عناوين في جميع أنحاء ألمانيا",
        "fa": "نشانی‌ها در سراسر آلمان",
        "uk": "Адреси по всій Німеччині",
    },
}

# The introductions (`description`) of the sections that have one in the seed.
TOPIC_INTRODUCTIONS = {
    "begleitete-minderjaehrige": {
        "en": "Worldwide, in April 2025 more than 122.1 million people had been forced to flee, "
        "48.8 million of them children and young people (40%). Every refugee and migrant child "
        "has the right to protection and to a childhood. The children's rights organisation "
        "UNICEF has drawn up a 6-point plan for the rights and protection of refugee and migrant "
        "children. Below you will find information on various topics concerning refugee minors "
        "and families.",
        "ar": "في نيسان/أبريل 2025 كان أكثر من 122.1 مليون إنسان في العالم في حالة لجوء ونزوح، "
        "منهم 48.8 مليون من الأطفال والشباب (40%). لكل طفل لاجئ ومهاجر الحق في الحماية وفي "
        "طفولة. وقد وضعت منظمة حقوق الطفل UNICEF خطة من 6 نقاط لحقوق الأطفال اللاجئين "
        "والمهاجرين وحمايتهم. فيما يلي معلومات حول مواضيع مختلفة تتعلّق بالقاصرين والأسر "
        "اللاجئة.",
        "fa": "در آوریل 2025 در سراسر جهان بیش از 122.1 میلیون نفر آواره بودند که 48.8 میلیون "
        "نفر از آنان کودک و نوجوان بودند (40%). هر کودک پناهجو و مهاجر حق دارد از حمایت و "
        "دوران کودکی برخوردار باشد. سازمان حقوق کودک UNICEF یک برنامهٔ 6 ماده‌ای برای حقوق "
        "و حمایت از کودکان پناهجو و مهاجر تهیه کرده است. در ادامه اطلاعاتی دربارهٔ موضوع‌های "
        "گوناگون مربوط به افراد زیر سن قانونی و خانواده‌های پناهجو آمده است.",
        "uk": "У квітні 2025 року у світі понад 122,1 млн людей були змушені тікати від "
        "небезпеки, з них 48,8 млн – діти й молодь (40%). Кожна дитина-біженка та дитина-"
        "мігрантка має право на захист і на дитинство. Організація із захисту прав дитини "
        "UNICEF розробила план із 6 пунктів щодо прав і захисту дітей-біженців і дітей-"
        "мігрантів. Нижче зібрано інформацію на різні теми, що стосуються неповнолітніх "
        "біженців і сімей.",
    },
    "geas-kinderrechte": {
        "en": "The reform of the Common European Asylum System (GEAS/CEAS) is currently one of "
        "the most important political issues in Europe. Its aim is to standardise the "
        "procedures for asylum seekers and to redistribute responsibility within the EU. "
        "Refugee children in particular need special protection. The implementation of the "
        "GEAS reform must therefore be viewed critically with regard to respecting and "
        "upholding children's rights.",
        "ar": "يُعدّ إصلاح النظام الأوروبي المشترك للجوء (GEAS) حالياً من أهم القضايا السياسية "
        "في أوروبا. والهدف منه توحيد إجراءات طالبي اللجوء وإعادة توزيع المسؤولية داخل الاتحاد "
        "الأوروبي. والأطفال اللاجئون بالذات يحتاجون إلى حماية خاصة. لذلك لا بدّ من نظرة نقدية "
        "إلى تطبيق إصلاح GEAS من منظور احترام حقوق الطفل وصونها.",
        "fa": "اصلاح نظام مشترک پناهندگی اروپا (GEAS) در حال حاضر یکی از مهم‌ترین موضوع‌های "
        "سیاسی در اروپاست. هدف آن یکسان‌سازی روندها برای پناه‌خواهان و تقسیم دوبارهٔ "
        "مسئولیت در درون اتحادیهٔ اروپاست. به‌ویژه کودکان پناهجو به حمایت ویژه نیاز دارند. "
        "بنابراین اجرای اصلاحات GEAS باید با نگاهی انتقادی و با توجه به رعایت و پاسداری از "
        "حقوق کودک بررسی شود.",
        "uk": "Реформа Спільної європейської системи притулку (GEAS) нині є однією з "
        "найважливіших політичних тем у Європі. Її мета – уніфікувати процедури для шукачів "
        "притулку та по-новому розподілити відповідальність у межах ЄС. Саме діти-біженці "
        "потребують особливого захисту. Тому на впровадження реформи GEAS слід дивитися "
        "критично з огляду на повагу до прав дитини та їх дотримання.",
    },
}
