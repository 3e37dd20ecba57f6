"""Translations of the demo's occasion and occasion-group names, by institution slug.

Written by the development team (not by native speakers) from the German names alone; every
one is stored with "needs review by a native speaker". Names only: no facts are added, and
descriptions, role texts and emergency notes stay German until translators write them.
The Thuringian network (young refugees) also has Arabic, Farsi and Ukrainian names.
"""

OCCASION_TRANSLATIONS = {
    "oberschule-soltau": {
        "lernen": {"en": "Problems with learning"},
        "leistungseinbruch": {"en": "Drops in performance"},
        "fachfragen": {"en": "Subject matter, assessment and attainment"},
        "lrs-dyskalkulie": {"en": "Learning difficulties such as dyslexia or dyscalculia"},
        "schulprobleme": {"en": "School problems in general"},
        "fachberatung": {"en": "Mobility, media, safety, school exchange"},
        "schullaufbahn": {"en": "Questions about the school career"},
        "berufsfindung": {"en": "Choosing a career and moving from school to work"},
        "mobbing": {"en": "Bullying"},
        "probleme-mit-anderen": {"en": "Problems with other people at school"},
        "umgang-mitschueler-eltern": {"en": "Problems with classmates and parents"},
        "konfliktmoderation": {"en": "Conflict moderation and mediation"},
        "krise": {"en": "Crises and crisis intervention"},
        "familie": {"en": "Problems in the family"},
        "persoenliche-entwicklung": {"en": "Personal development and decisions"},
        "verhalten": {"en": "Behaviour, emotional and social development"},
        "schwere-stoerungen": {"en": "Suspected serious disorders"},
        "sonderpaedagogik": {"en": "Special educational needs"},
        "schulpflicht": {"en": "School attendance and compulsory schooling"},
        "kindeswohl": {"en": "Concern for a child's welfare (child protection)"},
        "ausserschulische-beratung": {"en": "Referral to counselling services outside school"},
        "praevention": {"en": "Prevention in the class"},
        "vertretung": {"en": "Questions and concerns for pupil or parent representatives"},
        "systemberatung": {"en": "Counselling for staff and school (system counselling)"},
    },
    "thueringen": {
        "leaving-care": {
            "en": "Turning 18 – youth welfare support ends (leaving care)",
            "ar": "بلوغ سن الرشد – انتهاء دعم رعاية الشباب",
            "fa": "رسیدن به سن قانونی – پایان حمایت‌های رفاه جوانان",
            "uk": "Повноліття – допомога служби у справах дітей закінчується",
        },
        "schule-ausbildung": {
            "en": "Arriving, school, vocational training and work",
            "ar": "الوصول والمدرسة والتدريب المهني والعمل",
            "fa": "رسیدن، مدرسه، آموزش حرفه‌ای و شغل",
            "uk": "Прибуття, школа, професійне навчання і робота",
        },
        "beschwerde-jugendhilfe": {
            "en": "Dispute or complaint with the youth welfare office or a facility",
            "ar": "خلاف أو شكوى مع مكتب رعاية الشباب أو المؤسسة",
            "fa": "اختلاف یا شکایت با اداره رفاه جوانان یا مؤسسه",
            "uk": "Суперечка або скарга на службу у справах дітей чи заклад",
        },
        "gewalt": {
            "en": "Violence, sexual violence or neglect",
            "ar": "العنف أو العنف الجنسي أو الإهمال",
            "fa": "خشونت، خشونت جنسی یا بی‌توجهی",
            "uk": "Насильство, сексуальне насильство або бездоглядність",
        },
        "trauma": {
            "en": "Emotional distress and trauma",
            "ar": "الضغط النفسي والصدمة",
            "fa": "فشار روانی و تروما",
            "uk": "Психологічне навантаження і травма",
        },
        "familie": {
            "en": "Family and parenting",
            "ar": "الأسرة والتربية",
            "fa": "خانواده و تربیت",
            "uk": "Сім'я і виховання",
        },
    },
}

OCCASION_GROUP_TRANSLATIONS = {
    "oberschule-soltau": {
        "Schule, Lernen und Leistung": {"en": "School, learning and achievement"},
        "Schullaufbahn und Beruf": {"en": "School career and work"},
        "Miteinander und Konflikte": {"en": "Getting along and conflicts"},
        "Familie und persönliche Entwicklung": {"en": "Family and personal development"},
        "Verhalten, Entwicklung und Gesundheit": {"en": "Behaviour, development and health"},
        "Schulbesuch und Schutz": {"en": "School attendance and protection"},
        "Hilfe außerhalb der Schule, Prävention, Mitwirkung": {
            "en": "Help outside school, prevention, participation"
        },
    },
    "thueringen": {
        "Übergänge": {
            "en": "Transitions",
            "ar": "المراحل الانتقالية",
            "fa": "دوره‌های گذار",
            "uk": "Переходи",
        },
        "Rechte und Konflikte": {
            "en": "Rights and conflicts",
            "ar": "الحقوق والنزاعات",
            "fa": "حقوق و اختلاف‌ها",
            "uk": "Права і конфлікти",
        },
        "Schutz und Gesundheit": {
            "en": "Protection and health",
            "ar": "الحماية والصحة",
            "fa": "حفاظت و سلامت",
            "uk": "Захист і здоров'я",
        },
    },
}
