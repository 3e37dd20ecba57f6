"""English translations of the demo's counselling texts (see `translations.py`): written by the
development team, machine-assisted; all need review by a native speaker."""

EMERGENCY_NUMBERS = {
    "110": {
        "description": "In case of violence, threats, or if someone is in danger.",
        "hours": "around the clock",
    },
    "112": {
        "description": "In case of injuries, danger to life, or if someone wants to harm "
        "themselves.",
        "hours": "around the clock",
    },
    "116 111": {"description": "For children and young people, anonymous and free of charge."},
    "116 016": {
        "description": "For women and girls who experience violence, anonymous and free of "
        "charge, also with interpreters.",
        "hours": "around the clock",
    },
}

CLIENT_GROUPS = {
    "schueler": {"name": "Pupils"},
    "eltern": {"name": "Parents"},
    "lehrkraefte": {"name": "Teachers"},
    "schulleitung": {"name": "School management"},
    "vertretungen": {"name": "Pupil and parent representatives"},
    "klassen": {"name": "Classes"},
    "junge-gefluechtete": {"name": "young refugees"},
    "junge-volljaehrige": {"name": "young adults (care leavers)"},
    "fachkraefte": {"name": "Professionals"},
}

OCCASION_GROUPS = {
    "oberschule-soltau": {
        "Schule, Lernen und Leistung": {"name": "School, learning and achievement"},
        "Schullaufbahn und Beruf": {"name": "School career and work"},
        "Miteinander und Konflikte": {"name": "Getting along and conflicts"},
        "Familie und persönliche Entwicklung": {"name": "Family and personal development"},
        "Verhalten, Entwicklung und Gesundheit": {"name": "Behaviour, development and health"},
        "Schulbesuch und Schutz": {"name": "School attendance and protection"},
        "Hilfe außerhalb der Schule, Prävention, Mitwirkung": {
            "name": "Help outside school, prevention, participation"
        },
    },
    "thueringen": {
        "Übergänge": {"name": "Transitions"},
        "Rechte und Konflikte": {"name": "Rights and conflicts"},
        "Schutz und Gesundheit": {"name": "Protection and health"},
    },
}

OCCASIONS = {
    "oberschule-soltau": {
        "krise": {
            "name": "Crises and crisis intervention",
            "description": "Acute crisis; preparing for crisis intervention.",
        },
        "kindeswohl": {
            "name": "Concern for a child's welfare (child protection)",
            "description": "Signs of violence, neglect or abuse.",
        },
        "lernen": {
            "name": "Problems with learning",
            "description": "Learning difficulties, tutoring, support plans.",
        },
        "leistungseinbruch": {
            "name": "Drops in performance",
            "description": "Marks suddenly get much worse.",
        },
        "fachfragen": {
            "name": "Subject matter, assessment and attainment",
            "description": "Questions about a subject, about marks and about attainment.",
        },
        "lrs-dyskalkulie": {
            "name": "Learning difficulties such as dyslexia or dyscalculia",
            "description": "Difficulties with reading and spelling, difficulties with "
            "arithmetic, handicaps.",
        },
        "schulprobleme": {
            "name": "School problems in general",
            "description": "When things are not going well at school overall.",
        },
        "fachberatung": {
            "name": "Mobility, media, safety, school exchange",
            "description": "Specialist advice from teachers with special responsibilities, e.g. "
            "on European school exchange in the Comenius programme.",
        },
        "schullaufbahn": {
            "name": "Questions about the school career",
            "description": "Qualifications, changing school, repeating a year, which school "
            "comes next.",
        },
        "berufsfindung": {
            "name": "Choosing a career and moving from school to work",
            "description": "Which job suits me? Work placement, vocational training, applications.",
        },
        "mobbing": {
            "name": "Bullying",
            "description": "Someone is repeatedly teased, excluded or threatened.",
        },
        "probleme-mit-anderen": {
            "name": "Problems with other people at school",
            "description": "Arguments, relationships and how people treat each other.",
        },
        "umgang-mitschueler-eltern": {"name": "Problems with classmates and parents"},
        "konfliktmoderation": {
            "name": "Conflict moderation and mediation",
            "description": "A dispute is to be settled with the help of a neutral person.",
        },
        "familie": {
            "name": "Problems in the family",
            "description": "Worries at home, separation, arguments in the family.",
        },
        "persoenliche-entwicklung": {
            "name": "Personal development and decisions",
            "description": "Finding one's own personality, personal decisions.",
        },
        "verhalten": {
            "name": "Behaviour, emotional and social development",
            "description": "Behavioural problems, work habits and social behaviour.",
        },
        "schwere-stoerungen": {
            "name": "Suspected serious disorders",
            "description": "Problems that go beyond what the school can do; psychological "
            "tests and expert reports.",
        },
        "sonderpaedagogik": {
            "name": "Special educational needs",
            "description": "Sight, hearing, physical and motor development, autism, language.",
        },
        "schulpflicht": {
            "name": "School attendance and compulsory schooling",
            "description": "Frequent absence, refusing to go to school, problems with "
            "attending school.",
        },
        "ausserschulische-beratung": {
            "name": "Referral to counselling services outside school",
            "description": "Finding a suitable service outside school and going there.",
        },
        "praevention": {
            "name": "Prevention in the class",
            "description": "Projects and activities for a class before problems arise.",
        },
        "vertretung": {
            "name": "Questions and concerns for pupil or parent representatives",
            "description": "Representing the interests of the pupils or the parents.",
        },
        "systemberatung": {
            "name": "Counselling for staff and school (system counselling)",
            "description": "Concepts, diagnostic and support concepts, conflict management.",
        },
    },
    "thueringen": {
        "gewalt": {
            "name": "Violence, sexual violence or neglect",
            "description": "Even if it is only a suspicion.",
        },
        "trauma": {
            "name": "Emotional distress and trauma",
            "description": "Sleep problems, fear, memories of the flight.",
        },
        "leaving-care": {
            "name": "Turning 18 – youth welfare support ends (leaving care)",
            "description": "Support for young adults (§ 41 SGB VIII), a flat of your own, "
            "applications.",
        },
        "schule-ausbildung": {
            "name": "Arriving, school, vocational training and work",
            "description": "Language, school, vocational training, public authorities, "
            "everyday life in Thuringia.",
        },
        "beschwerde-jugendhilfe": {
            "name": "Dispute or complaint with the youth welfare office or a facility",
            "description": "You feel you are not being heard or are being treated unfairly.",
        },
        "familie": {
            "name": "Family and parenting",
            "description": "Questions from parents and families.",
        },
    },
}
