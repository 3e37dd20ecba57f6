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

# Texts several roles share in German.
_TEACHERS = (
    "Conversations are treated confidentially. However, teachers are also responsible for "
    "assessment and for educational and disciplinary measures; anyone who wants counselling "
    "entirely independent of this should turn to the counselling teacher or school social work. "
    "Limit: child protection under § 8a SGB VIII and § 4 KKG."
)
_COUNSELLORS = (
    "Counsellors at the school are bound by confidentiality (decree of the MK of 17.11.2006). "
    "What you confide in them they pass on only with your consent; in the counselling team, "
    "cases are discussed without names (anonymised). Limit: where there are weighty indications "
    "that a child's welfare is at risk, § 8a SGB VIII and § 4 KKG apply."
)
_EXTERNAL = (
    "The service has its own duty of confidentiality. The school passes on information only with "
    "the consent of the person seeking advice; what is said to any counsellor stays confidential."
)
_NETWORK = (
    "Counselling is confidential and free of charge. Information is passed on to other services "
    "only with the young person's consent; the limit is child protection (§ 8a SGB VIII)."
)
_PARTNER = "Cooperation partner of counselling at the school, when needed."

ROLES = {
    "oberschule-soltau": {
        "fachlehrkraefte": {
            "name": "Subject teachers",
            "summary": "The first contacts for pupils and parents on matters of their subject.",
            "tasks": "Advise pupils and their parents on upbringing and teaching within a "
            "subject.\n"
            "First contacts in the subject: subject matter, assessment, attainment, work habits "
            "and social behaviour, and the school career options connected with them.\n"
            "Advise the school management on subject-related work in the conferences.",
            "confidentiality": _TEACHERS,
        },
        "klassenlehrkraefte": {
            "name": "Class teachers",
            "summary": "The first contacts for everyone involved on matters of the class.",
            "tasks": "Advise pupils and their parents on upbringing and teaching within a "
            "subject and, beyond that, within the class.\n"
            "Hold counselling conversations about the development of individual pupils' whole "
            "personality, also with their parents.\n"
            "Advise and support the class's pupil and parent representatives.\n"
            "Can recommend talks with therapeutic services or tutoring services (with a view to "
            "learning progress and social behaviour) and working on support plans.\n"
            "Advise the school management in the conferences on school life and teaching in the "
            "class.\n"
            "In the Oberschule, hold regular compulsory conversations about individual learning "
            "progress.",
            "confidentiality": _TEACHERS,
        },
        "funktionslehrkraefte": {
            "name": "Teachers with special responsibilities",
            "summary": "Heads of subject conferences and teachers with specialist advisory "
            "tasks, whose advice the school management and others involved can ask for.",
            "tasks": "Head of subject conference: subject budget, annual work plans, chairing "
            "the subject conferences.\n"
            "Specialist advice, e.g. on subject collections, trainee teachers, handicaps and "
            "learning difficulties (e.g. dyslexia, dyscalculia), mobility, media support, "
            "safety, European school exchange in the Comenius programme, and mediation.",
            "confidentiality": _TEACHERS,
        },
        "sv-beratungslehrkraft": {
            "name": "Counselling teacher for the pupil council",
            "summary": "Advises the pupil council and enjoys the pupils' particular trust.",
            "tasks": "Advises the pupil council on its constitutional tasks and supports it in "
            "conference work.\n"
            "Accompanies the pupil council elections.\n"
            "Contact person for pupils with personal and school problems.",
            "confidentiality": _TEACHERS,
        },
        "schuelervertretung": {
            "name": "Pupil council",
            "summary": "A place pupils can turn to with questions or problems.",
            "tasks": "A place pupils can turn to when they have questions or problems; advises "
            "them.\n"
            "Contact for teachers and the school management.",
            "confidentiality": "Pupil representatives are not trained counsellors; personal "
            "matters are better discussed with the counselling teacher for the pupil council.",
        },
        "elternvertretung": {
            "name": "Parent representatives",
            "summary": "Looks after the interests of the parents and advises the parents of a "
            "class.",
            "tasks": "Looks after the interests of the parents.\n"
            "Advises the parents of a class with problems and questions where needed.\n"
            "Gets in touch with the class teacher or the school management.",
        },
        "beratungslehrkraft": {
            "name": "Counselling teacher",
            "summary": "Looks into a problem first and decides whether to deal with it "
            "personally or to refer it to other internal or external people in the counselling "
            "system.",
            "tasks": "Works within the school in school career counselling, individual case "
            "support and system counselling.\n"
            "Looks into a problem first; decides whether to deal with it personally or to refer it "
            "to other internal or external people in the counselling system.\n"
            "Together with the counselling team, in agreement within the counselling and "
            "prevention team, draws up the counselling concept and develops it further, "
            "supports diagnostic and support concepts and, where needed, moderates conflicts "
            "with pupils, parents and teachers.\n"
            "Works in a cooperative network with everyone involved in counselling inside and "
            "outside the school; close exchange with the external counselling and prevention "
            "services in the town.\n"
            "Attends supervision or case discussion groups of the school psychology service or "
            "independent providers; staff meeting of counselling teachers at the school "
            "psychology service.\n"
            "Presents the counselling services: to new classes, at parents' evenings, through "
            "notices, information flyers and on the website.\n"
            "Reports every year to the staff conference on priorities and further training.",
            "confidentiality": _COUNSELLORS,
        },
        "schulsozialarbeit": {
            "name": "School social work",
            "summary": "A full-time school social worker, not responsible for teaching or "
            "assessment and therefore a special contact for pupils and parents; focus on the "
            "transition from school to work.",
            "tasks": "Counselling: finding ways together to deal with difficulties – with "
            "school problems, relationships, the family environment, finding one's own "
            "personality, personal decisions, choosing a career, conflict moderation and "
            "mediation.\n"
            "Refers to and accompanies to counselling services outside school.\n"
            "Focus on the transition from school to work: close contact with everyone involved "
            "in vocational education.\n"
            "On request, supports classes and their teachers in prevention work and makes "
            "contact with external providers.\n"
            "Forms the counselling and prevention team with the counselling teachers and the "
            "PIT; shares responsibility for the counselling concept.\n"
            "Maintains a regional and supra-regional network and undertakes regular further "
            "training.",
            "confidentiality": _COUNSELLORS,
        },
        "mediatorinnen": {
            "name": "School mediators",
            "summary": "Trained mediators help with conflicts.",
            "tasks": "Mediation and conflict moderation.\nTraining pupils as conflict guides.",
            "confidentiality": _COUNSELLORS,
        },
        "pit": {
            "name": "Prevention and intervention team",
            "summary": "At least four people; offers low-threshold and prompt help in bullying "
            "situations following a procedure adopted by the staff conference.",
            "tasks": "Low-threshold and prompt help in bullying situations.\n"
            "Works according to the information and procedure plan adopted by the staff "
            "conference.",
            "confidentiality": _COUNSELLORS,
        },
        "schulleitung": {
            "name": "School management",
            "summary": "Part of the counselling team; makes contact with the school psychology "
            "service, SchuBuS and the Mobile Services.",
            "tasks": "Member of the counselling team.\n"
            "Gives out the contact details of the school psychology service and, where needed, "
            "makes contact with SchuBuS.\n"
            "Educational and disciplinary measures remain separate from counselling.",
        },
        "schulsekretariat": {
            "name": "School office",
            "summary": "Gives out the contact details of the school psychology service.",
            "tasks": "Information on the contact details of the school psychology service.",
        },
        "beratungsteam": {
            "name": "Counselling team (internal)",
            "summary": "The school's own counsellors: counselling teacher, mediators and school "
            "social work.",
            "tasks": "Can refer onwards at once, work out a first assessment and aim for prompt, "
            "practical solutions inside or outside the school.\n"
            "Makes contact with SchuBuS where needed.\n"
            "Can call in external counsellors for particular counselling situations.",
            "confidentiality": _COUNSELLORS,
        },
        "beratungs-und-praeventionsteam": {
            "name": "Counselling and prevention team",
            "summary": "School social work, counselling teachers and PIT: responsible for the "
            "concept.",
            "tasks": "Drawing up and maintaining the counselling concept.",
        },
        "team-beratung": {
            "name": "Counselling team (Team Beratung)",
            "summary": "The core of cooperation within the school: school management, BL, SSA, "
            "PIT, mediators; its own budget, a fixed team hour.",
            "tasks": "Manages its own budget within the school's budget.\n"
            "Proposes projects and plans (support, social life together, counselling, "
            "prevention, intervention), decides on them and steers how they are carried out.\n"
            "Meets regularly in a fixed team hour to agree on cooperation and the sharing of "
            "tasks.",
        },
        "schulpsychologie": {
            "name": "School psychology service (Celle)",
            "summary": "The first external contact when problems go beyond what the school can "
            "do – especially when serious disorders are suspected.",
            "tasks": "First contact for problems that go beyond the solutions possible at the "
            "school, especially when serious disorders are suspected.\n"
            "Medical tests and expert reports; additional psychological diagnostic "
            "examinations.\n"
            "Help with evaluating counselling within the school and with setting up a conflict "
            "management system.\n"
            "Help with psychological intervention methods; advice on drawing up and "
            "establishing the counselling concept.\n"
            "Supervision and peer case discussion for school social work and counselling "
            "teachers; calls the staff meeting of counselling teachers when needed.",
            "confidentiality": _EXTERNAL,
        },
        "schubus": {
            "name": "SchuBuS – Schulisches Beratungs- und Unterstützungssystem im Heidekreis "
            "(school counselling and support system)",
            "summary": "A professional counselling service with a systemic, solution- and "
            "resource-oriented approach, solely for the area of behaviour (emotional and social "
            "development).",
            "tasks": "Counselling in the area of behaviour (emotional and social development), "
            "also as a regional service of inclusion counselling.",
            "confidentiality": _EXTERNAL,
        },
        "mobile-dienste": {
            "name": "Supra-regional Mobile Services of the State School Authority",
            "summary": "Inclusion counselling in the special educational fields of sight, "
            "hearing, physical and motor development, autism and language.",
            "tasks": "Counselling in the specific special educational fields.",
            "confidentiality": _EXTERNAL,
        },
        "deine-chance": {
            "name": "„Deine Chance“ (service of the school authority)",
            "summary": "Counselling and support service of the school authority for pupils, "
            "parents and teachers with problems in meeting compulsory schooling.",
            "tasks": "Help with problems in meeting compulsory schooling.",
            "confidentiality": _EXTERNAL,
        },
        "kommunale-beratungsstellen": {
            "name": "Municipal counselling services in the Soltau area",
            "summary": "Counselling services of the town and region, known to the school's "
            "counsellors.",
            "tasks": "Counselling outside school; exchange within the local area.",
            "confidentiality": _EXTERNAL,
        },
        "lernhilfe": {
            "name": "Learning support and tutoring services",
            "summary": "Learning support and tutoring in the region.",
            "tasks": "Learning support and tutoring.",
            "confidentiality": _EXTERNAL,
        },
        "therapeutische-praxen": {
            "name": "Therapy practices and services in the region",
            "summary": "A selection list of therapy practices (recommended by the public health "
            "office and the youth welfare office) is displayed in the staff room and can be "
            "passed on to parents.",
            "tasks": "Therapy with regard to learning progress and social behaviour.",
            "confidentiality": _EXTERNAL,
        },
        "jugendamt": {
            "name": "Youth welfare office (Jugendamt)",
            "summary": "Cooperation partner of the school; responsible for the protection "
            "mandate when a child's welfare is at risk (§ 8a SGB VIII).",
            "tasks": "Protection mandate when a child's welfare is at risk.\n"
            "Help for families; recommends therapy practices together with the public health "
            "office.",
            "confidentiality": "Social data protection; information from the school under § 4 KKG.",
        },
        "insoweit-erfahrene-fachkraft": {
            "name": "Child protection specialist (insoweit erfahrene Fachkraft)",
            "summary": "Advises teachers and counsellors who notice weighty indications that a "
            "child's welfare is at risk – without names (pseudonymised), § 4 Abs. 2 KKG.",
            "tasks": "Anonymous specialist advice on assessing a risk to a child's welfare.",
            "confidentiality": "Case consultation without names; data are pseudonymised "
            "beforehand.",
        },
        "erziehungsberatungsstelle": {
            "name": "Parenting and family counselling service",
            "summary": _PARTNER,
            "tasks": "Counselling on upbringing and family.",
            "confidentiality": _EXTERNAL,
        },
        "stephansstift": {
            "name": "Stephansstift (local area partner)",
            "summary": _PARTNER,
            "tasks": "The school's local area partner.",
            "confidentiality": _EXTERNAL,
        },
        "berufsberatung": {
            "name": "Careers guidance",
            "summary": _PARTNER,
            "tasks": "Advice on choosing a career and vocational training.",
            "confidentiality": _EXTERNAL,
        },
        "proaktivcenter": {
            "name": "ProAktivCenter",
            "summary": _PARTNER,
            "tasks": "Support for young people in the transition to vocational training and work.",
            "confidentiality": _EXTERNAL,
        },
        "arbeitsagentur": {
            "name": "Employment agency (Arbeitsagentur)",
            "summary": _PARTNER,
            "tasks": "Career orientation, placement in vocational training.",
            "confidentiality": _EXTERNAL,
        },
        "akteure-berufliche-bildung": {
            "name": "Those involved in vocational education",
            "summary": "Partners of school social work in the transition from school to work.",
            "tasks": "Career orientation and vocational education.",
            "confidentiality": _EXTERNAL,
        },
        "betriebe-verwaltungen": {
            "name": "Local businesses and administrations",
            "summary": _PARTNER,
            "tasks": "Work placements and insights into jobs.",
            "confidentiality": _EXTERNAL,
        },
        "gesundheitsamt": {
            "name": "Public health office (Gesundheitsamt)",
            "summary": _PARTNER,
            "tasks": "Together with the youth welfare office, recommends the selection list of "
            "therapy practices.",
            "confidentiality": _EXTERNAL,
        },
        "andere-schulen": {
            "name": "Other schools",
            "summary": _PARTNER,
            "tasks": "Cooperation, e.g. when changing school; professional exchange.",
            "confidentiality": _EXTERNAL,
        },
        "kirchen": {
            "name": "Churches",
            "summary": _PARTNER,
            "tasks": "Cooperation partner in the local area.",
            "confidentiality": _EXTERNAL,
        },
        "polizei": {
            "name": "Police",
            "summary": _PARTNER,
            "tasks": "Prevention and help with crimes and danger.",
            "confidentiality": _EXTERNAL,
        },
        "feuerwehr": {
            "name": "Fire brigade",
            "summary": _PARTNER,
            "tasks": "Cooperation partner, e.g. on safety questions.",
            "confidentiality": _EXTERNAL,
        },
        "praeventionsanbieter": {
            "name": "External providers of prevention work",
            "summary": "Activities for classes, arranged by school social work.",
            "tasks": "Prevention projects for classes.",
            "confidentiality": _EXTERNAL,
        },
    },
    "thueringen": {
        "careleaver-zentrum": {
            "name": "Careleaver-Zentrum Thüringen",
            "summary": "A place to turn to for young people who are leaving or have left child "
            "and youth welfare care (care leavers).",
            "tasks": "Counselling and support in the transition from youth welfare care to an "
            "independent life.\n"
            "Information on support for young adults (§ 41 SGB VIII).",
            "confidentiality": _NETWORK,
        },
        "dein-megafon": {
            "name": "Dein Megafon – ombudsperson service for youth welfare in Thuringia",
            "summary": "Independent counselling and ombudsperson service for youth welfare: "
            "helps young people and families to assert their rights towards the youth welfare "
            "office and facilities. Flyer for young people in German, Dari and Arabic, one "
            "flyer for professionals.",
            "tasks": "Independent counselling on questions and conflicts with child and youth "
            "welfare.\n"
            "Mediation and support with complaints (ombudsperson service, § 9a SGB VIII).",
            "confidentiality": "Independent of the youth welfare office and the facility; "
            "nothing happens without the young person's consent. The limit is child protection "
            "(§ 8a SGB VIII).",
        },
        "kinderschutzbund": {
            "name": "Deutscher Kinderschutzbund – Landesverband Thüringen",
            "summary": "Stands up for children's rights and child protection; counselling locally.",
            "tasks": "Counselling for children, young people and parents through the local and "
            "district associations.\n"
            "Child protection and children's rights.",
            "confidentiality": _NETWORK,
        },
        "jmd": {
            "name": "Youth Migration Services (Jugendmigrationsdienste, JMD) in Thuringia",
            "summary": "Accompany young people with a migration background as they arrive.",
            "tasks": "Individual support at school, in vocational training and at work.\n"
            "Help with applications and in everyday life; referral to specialist services.",
            "confidentiality": _NETWORK,
        },
        "kinder-jugendschutzdienste": {
            "name": "Child and youth protection services in the Free State of Thuringia",
            "summary": "Counselling for children and young people who experience or have "
            "experienced violence, and for people who are worried about them (LAG Kinder- und "
            "Jugendschutz).",
            "tasks": "Counselling and support in cases of violence, sexual violence and "
            "neglect.\n"
            "Specialist advice for professionals who have a suspicion.",
            "confidentiality": "Confidential, anonymous on request. The limit is child "
            "protection (§ 8a SGB VIII).",
        },
        "refugio": {
            "name": "refugio thüringen – psychosocial centre for refugees",
            "summary": "Psychosocial counselling and therapy for refugees, with language "
            "mediation.",
            "tasks": "Psychosocial counselling and psychotherapy for refugees.\n"
            "Advice for professionals on trauma and flight.",
            "confidentiality": _NETWORK,
        },
    },
}

PRINCIPLES = {
    "oberschule-soltau": {
        "Freiwilligkeit": {
            "name": "Voluntariness",
            "text": "Counselling is voluntary. Someone seeking advice who does not want to "
            "change anything will stay with their problems; counselling that is forced on "
            "someone has no prospect of lasting success.",
        },
        "Vertraulichkeit und Schweigepflicht": {
            "name": "Confidentiality and duty of secrecy",
            "text": "Counselling conversations are treated confidentially; the counselling "
            "service is bound by a duty of secrecy. Parents, pupils and teachers must be able "
            "to rely on the counsellor's confidentiality. With external partners, too, what is "
            "said to any counsellor stays confidential.",
            "limits": "Child protection: where there are weighty indications that a child's "
            "welfare is at risk, teachers and counsellors may seek anonymised advice from a "
            "child protection specialist (insoweit erfahrene Fachkraft) and inform the youth "
            "welfare office if the risk cannot be averted otherwise (§ 8a SGB VIII, § 4 KKG).",
        },
        "Unabhängigkeit": {
            "name": "Independence",
            "text": "Counselling is functionally independent and is not subject to instructions.",
        },
        "Eigenverantwortung": {
            "name": "Personal responsibility",
            "text": "Putting things into practice is up to the person seeking advice, who is "
            "responsible for it. The people involved in the counselling remain responsible for "
            "their own area of work and competence after the counselling, too.",
        },
        "Trennung von Beratung und Ordnungsmaßnahmen": {
            "name": "Counselling kept separate from disciplinary measures",
            "text": "If pupils are to change under pressure, the school has disciplinary "
            "measures, e.g. educational and disciplinary measures. These are justified, but "
            "remain separate from counselling and are decided by other people.",
            "limits": "Counsellors do not impose educational or disciplinary measures.",
        },
        "Hilfe zur Selbsthilfe": {
            "name": "Helping people to help themselves",
            "text": "Counselling should help people to help themselves: those seeking advice "
            "take an active part in solving the problem.",
        },
        "Austausch im Netzwerk nur unter Datenschutz": {
            "name": "Exchange in the network only with data protection",
            "text": "Inside and outside the school, facts and case-related arrangements are "
            "exchanged only in line with the data protection rules, e.g. through anonymised "
            "case discussion.",
            "limits": "Names only with the consent of the person seeking advice.",
        },
    },
    "thueringen": {
        "Unabhängigkeit": {
            "name": "Independence",
            "text": "The ombudsperson service advises independently of the youth welfare office "
            "and facilities and is on the side of the young people.",
        },
        "Vertraulichkeit": {
            "name": "Confidentiality",
            "text": "Counselling is confidential; information is passed on only with consent.",
            "limits": "Child protection: where there are weighty indications that a child's "
            "welfare is at risk, the protection mandate under § 8a SGB VIII applies.",
        },
        "Kinderrechte": {
            "name": "Children's rights",
            "text": "Refugee children and young people have the same rights as all children – "
            "under the UN Convention on the Rights of the Child, the best interests of the "
            "child come first.",
        },
    },
}
