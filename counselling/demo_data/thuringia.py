"""The Thuringian network for young refugees, from the resource seed's address sections
("Beratung in Thüringen" and the Thuringian addresses after "Kinderrechte (mehrsprachig)").

The seed names the services (quoted in `quote`) and little else. What each service does, the
occasions and the referral paths are editorial, written from the services' public remits, and
the institution says so on its page.
"""

CONSENT_NOTE = (
    "Beratung ist vertraulich und kostenlos. Informationen gehen nur mit Einverständnis der "
    "jungen Person an andere Stellen; Grenze ist der Kinderschutz (§ 8a SGB VIII)."
)

DATA = {
    "slug": "thueringen",
    "name": "Beratungsnetz für junge Geflüchtete in Thüringen",
    "kind": "network",
    "region": "Thüringen",
    "position": 2,
    "summary": (
        "Beratungsstellen in Thüringen für junge Geflüchtete, Care Leaver, ihre Familien und die "
        "Fachkräfte, die sie begleiten: Careleaver-Zentrum, Ombudsstelle „Dein Megafon“, "
        "Kinderschutzbund, Jugendmigrationsdienste, Kinder- und Jugendschutzdienste und refugio."
    ),
    "aims": (
        "Junge Geflüchtete sollen wissen, wohin sie sich wenden können: beim Übergang in die "
        "Volljährigkeit, bei Streit mit dem Jugendamt oder der Einrichtung, bei Gewalt, bei "
        "seelischer Belastung und beim Ankommen in Schule und Ausbildung."
    ),
    "adopted_on": None,
    "adopted_by": "",
    "review_cycle_months": None,
    "review_note": (
        "Kein beschlossenes Konzept: die Redaktion prüft die Angaben mit jeder Aktualisierung der "
        "Linkliste „Junge Geflüchtete“."
    ),
    "source_document": (
        "Flüchtlingsrat Thüringen e.V.: Linkliste „Junge Geflüchtete“, Abschnitte „Beratung in "
        "Thüringen“ und „Adressen in Thüringen“"
    ),
    "editorial_note": (
        "Die Linkliste nennt die Stellen; ihre Aufgaben, die Anlässe und die Verweiswege hat die "
        "Redaktion ergänzt. Bitte fragen Sie vor Ort nach, wer gerade zuständig ist."
    ),
    "occasion_groups": [
        {
            "name": "Übergänge",
            "occasions": [
                {
                    "slug": "leaving-care",
                    "name": "Volljährig werden – die Jugendhilfe endet (Leaving Care)",
                    "description": "Hilfe für junge Volljährige (§ 41 SGB VIII), eigene Wohnung, "
                    "Anträge.",
                },
                {
                    "slug": "schule-ausbildung",
                    "name": "Ankommen, Schule, Ausbildung und Beruf",
                    "description": "Sprache, Schule, Ausbildung, Behörden, Alltag in Thüringen.",
                },
            ],
        },
        {
            "name": "Rechte und Konflikte",
            "occasions": [
                {
                    "slug": "beschwerde-jugendhilfe",
                    "name": "Streit oder Beschwerde mit Jugendamt oder Einrichtung",
                    "description": "Man fühlt sich nicht gehört oder ungerecht behandelt.",
                },
            ],
        },
        {
            "name": "Schutz und Gesundheit",
            "occasions": [
                {
                    "slug": "gewalt",
                    "crisis": True,
                    "name": "Gewalt, sexualisierte Gewalt oder Vernachlässigung",
                    "description": "Auch wenn es nur ein Verdacht ist.",
                },
                {
                    "slug": "trauma",
                    "crisis": True,
                    "name": "Seelische Belastung und Trauma",
                    "description": "Schlafprobleme, Angst, Erinnerungen an die Flucht.",
                },
                {
                    "slug": "familie",
                    "name": "Familie und Erziehung",
                    "description": "Fragen von Eltern und Familien.",
                },
            ],
        },
    ],
    "roles": [
        {
            "slug": "careleaver-zentrum",
            "name": "Careleaver-Zentrum Thüringen",
            "kind": "external",
            "organisation": ["Careleaver-Zentrum Thüringen"],
            "website": "https://www.careleaver-zentrum-thueringen.de/",
            "summary": (
                "Anlaufstelle für junge Menschen, die die Kinder- und Jugendhilfe verlassen oder "
                "verlassen haben (Care Leaver)."
            ),
            "serves": ["junge-volljaehrige", "junge-gefluechtete", "fachkraefte"],
            "occasions": ["leaving-care"],
            "tasks": [
                "Beratung und Begleitung beim Übergang aus der Jugendhilfe in ein "
                "eigenständiges Leben.",
                "Information zu Hilfen für junge Volljährige (§ 41 SGB VIII).",
            ],
            "confidentiality": CONSENT_NOTE,
            "location": "Thüringen",
            "quote": "Careleaver-Zentrum Thüringen",
        },
        {
            "slug": "dein-megafon",
            "name": "Dein Megafon – Ombudsstelle der Jugendhilfe in Thüringen",
            "short_name": "Dein Megafon",
            "kind": "external",
            "organisation": [
                "Dein Megafon – Unabhängige Beratungs- und Ombudsstelle der Jugendhilfe in "
                "Thüringen",
                "Dein Megafon – Ombudsstelle",
                "Dein Megafon",
            ],
            "website": "https://www.dein-megafon.de/",
            "summary": (
                "Unabhängige Beratungs- und Ombudsstelle der Jugendhilfe: hilft jungen Menschen "
                "und Familien, ihre Rechte gegenüber Jugendamt und Einrichtungen durchzusetzen. "
                "Flyer für Jugendliche auf Deutsch, Dari und Arabisch, ein Flyer für Fachkräfte."
            ),
            "serves": ["junge-gefluechtete", "junge-volljaehrige", "eltern", "fachkraefte"],
            "occasions": ["beschwerde-jugendhilfe", "leaving-care"],
            "tasks": [
                "Unabhängige Beratung bei Fragen und Konflikten mit der Kinder- und Jugendhilfe.",
                "Vermittlung und Begleitung bei Beschwerden (Ombudsstelle, § 9a SGB VIII).",
            ],
            "confidentiality": (
                "Unabhängig von Jugendamt und Einrichtung; nichts geschieht ohne Zustimmung der "
                "jungen Person. Grenze ist der Kinderschutz (§ 8a SGB VIII)."
            ),
            "location": "Thüringen",
            "quote": (
                "Dein Megafon – Unabhängige Beratungs- und Ombudsstelle der Jugendhilfe in "
                "Thüringen"
            ),
        },
        {
            "slug": "kinderschutzbund",
            "name": "Deutscher Kinderschutzbund – Landesverband Thüringen",
            "kind": "external",
            "organisation": [
                "Deutscher Kinderschutzbund e.V. - Landesverband Thüringen",
                "Deutscher Kinderschutzbund e.V. – Landesverband Thüringen",
                "Deutscher Kinderschutzbund Landesverband Thüringen",
                "Deutscher Kinderschutzbund LV Thüringen",
            ],
            "summary": "Setzt sich für Kinderrechte und Kinderschutz ein; Beratung vor Ort.",
            "serves": ["junge-gefluechtete", "eltern", "fachkraefte"],
            "occasions": ["familie", "gewalt"],
            "tasks": [
                "Beratung für Kinder, Jugendliche und Eltern über die Orts- und Kreisverbände.",
                "Kinderschutz und Kinderrechte.",
            ],
            "confidentiality": CONSENT_NOTE,
            "location": "Thüringen (Landesverband mit Orts- und Kreisverbänden)",
            "quote": "Deutscher Kinderschutzbund e.V. -",
        },
        {
            "slug": "jmd",
            "name": "Jugendmigrationsdienste (JMD) in Thüringen",
            "short_name": "JMD",
            "kind": "external",
            "organisation": [
                "Jugendmigrationsdienste (JMD) in Thüringen",
                "Jugendmigrationsdienste in Thüringen",
                "Jugendmigrationsdienste (JMD)",
            ],
            "summary": "Begleiten junge Menschen mit Migrationsgeschichte beim Ankommen.",
            "serves": ["junge-gefluechtete", "junge-volljaehrige", "eltern"],
            "occasions": ["schule-ausbildung", "leaving-care", "familie", "trauma", "gewalt"],
            "tasks": [
                "Individuelle Begleitung in Schule, Ausbildung und Beruf.",
                "Hilfe bei Anträgen und im Alltag; Vermittlung an Fachstellen.",
            ],
            "confidentiality": CONSENT_NOTE,
            "location": "An mehreren Orten in Thüringen",
            "quote": "Jugendmigrationsdienste (JMD) in Thüringen",
        },
        {
            "slug": "kinder-jugendschutzdienste",
            "name": "Kinder- und Jugendschutzdienste im Freistaat Thüringen",
            "short_name": "KJSD",
            "kind": "external",
            "organisation": [
                "Kinder- und Jugendschutzdienste im Freistaat Thüringen",
                "LAG Kinder- und Jugendschutz: Kinder- und Jugendschutzdienste im Freistaat "
                "Thüringen",
                "LAG Kinder- und Jugendschutz",
            ],
            "summary": (
                "Beratung für Kinder und Jugendliche, die Gewalt erleben oder erlebt haben, und "
                "für Menschen, die sich um sie sorgen (LAG Kinder- und Jugendschutz)."
            ),
            "serves": ["junge-gefluechtete", "eltern", "fachkraefte"],
            "occasions": ["gewalt"],
            "tasks": [
                "Beratung und Begleitung bei Gewalt, sexualisierter Gewalt und Vernachlässigung.",
                "Fachberatung für Fachkräfte, die einen Verdacht haben.",
            ],
            "confidentiality": (
                "Vertraulich, auf Wunsch anonym. Grenze ist der Kinderschutz (§ 8a SGB VIII)."
            ),
            "location": "In den Landkreisen und kreisfreien Städten Thüringens",
            "quote": "Kinder- und Jugendschutzdienste im Freistaat Thüringen",
        },
        {
            "slug": "refugio",
            "name": "refugio thüringen – Psychosoziales Zentrum für Flüchtlinge",
            "short_name": "refugio",
            "kind": "external",
            "organisation": [
                "refugio thüringen e.V. - Psychosoziales Zentrum für Flüchtlinge",
                "refugio thüringen e.V. – Psychosoziales Zentrum für Flüchtlinge",
                "refugio thüringen e.V.",
                "refugio Thüringen e.V.",
            ],
            "summary": "Psychosoziale Beratung und Therapie für Geflüchtete, mit Sprachmittlung.",
            "serves": ["junge-gefluechtete", "eltern", "fachkraefte"],
            "occasions": ["trauma"],
            "tasks": [
                "Psychosoziale Beratung und Psychotherapie für geflüchtete Menschen.",
                "Beratung von Fachkräften zu Trauma und Flucht.",
            ],
            "confidentiality": CONSENT_NOTE,
            "location": "Thüringen",
            "quote": "refugio thüringen e.V. - Psychosoziales Zentrum für Flüchtlinge",
        },
    ],
    "paths": [
        {
            "from": "jmd",
            "to": "refugio",
            "rule": "consent",
            "occasions": ["trauma"],
            "condition": "wenn seelische Belastungen den Alltag bestimmen",
        },
        {
            "from": "refugio",
            "to": "jmd",
            "rule": "consent",
            "occasions": ["schule-ausbildung"],
            "condition": "für Begleitung in Schule und Ausbildung",
        },
        {
            "from": "jmd",
            "to": "careleaver-zentrum",
            "rule": "consent",
            "occasions": ["leaving-care"],
            "condition": "wenn die Jugendhilfe bald endet",
        },
        {
            "from": "jmd",
            "to": "dein-megafon",
            "rule": "recommendation",
            "occasions": ["beschwerde-jugendhilfe", "leaving-care"],
            "condition": (
                "wenn Hilfe abgelehnt oder beendet wird und die junge Person widersprechen will"
            ),
        },
        {
            "from": "jmd",
            "to": "kinder-jugendschutzdienste",
            "rule": "consent",
            "occasions": ["gewalt", "familie"],
        },
        {
            "from": "careleaver-zentrum",
            "to": "dein-megafon",
            "rule": "recommendation",
            "occasions": ["leaving-care", "beschwerde-jugendhilfe"],
            "condition": "wenn das Jugendamt Hilfe für junge Volljährige ablehnt",
        },
        {
            "from": "dein-megafon",
            "to": "careleaver-zentrum",
            "rule": "recommendation",
            "occasions": ["leaving-care"],
        },
        {"from": "careleaver-zentrum", "to": "refugio", "rule": "consent", "occasions": ["trauma"]},
        {
            "from": "kinderschutzbund",
            "to": "kinder-jugendschutzdienste",
            "rule": "consent",
            "occasions": ["gewalt"],
        },
        {
            "from": "kinder-jugendschutzdienste",
            "to": "refugio",
            "rule": "consent",
            "occasions": ["gewalt", "trauma"],
            "condition": "wenn Gewalterfahrungen auch mit der Flucht zusammenhängen",
        },
    ],
    "principles": [
        {
            "name": "Unabhängigkeit",
            "text": (
                "Die Ombudsstelle berät unabhängig von Jugendamt und Einrichtungen und steht auf "
                "der Seite der jungen Menschen."
            ),
            "quote": "Unabhängige Beratungs- und Ombudsstelle der Jugendhilfe",
        },
        {
            "name": "Vertraulichkeit",
            "text": "Beratung ist vertraulich; Informationen gehen nur mit Einverständnis weiter.",
            "limits": (
                "Kinderschutz: Bei gewichtigen Anhaltspunkten für eine Kindeswohlgefährdung gilt "
                "der Schutzauftrag nach § 8a SGB VIII."
            ),
        },
        {
            "name": "Kinderrechte",
            "text": (
                "Geflüchtete Kinder und Jugendliche haben dieselben Rechte wie alle Kinder – "
                "nach der UN-Kinderrechtskonvention gilt das Kindeswohl vorrangig."
            ),
            "quote": "UN-Kinderrechtskonvention",
        },
    ],
    "legal_bases": [
        {
            "kind": "statute",
            "statute": "SGB VIII",
            "provisions": "§ 41",
            "title": "Sozialgesetzbuch Achtes Buch: Hilfe für junge Volljährige",
            "note": "„Dein gutes Recht: Jugendhilfe bis 21 Jahre!“",
            "quote": "§ 41 SGB VIII",
        },
        {
            "kind": "statute",
            "statute": "SGB VIII",
            "provisions": "§ 9a",
            "title": "Sozialgesetzbuch Achtes Buch: Ombudsstellen",
        },
        {
            "kind": "treaty",
            "title": "UN-Kinderrechtskonvention",
            "quote": "UN-Kinderrechtskonvention",
        },
    ],
}
