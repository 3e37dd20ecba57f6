"""The seed school's counselling concept: Oberschule Soltau, adopted 25.09.2018.

Every `quote` is copied from `beratungskonzept_schule.txt` (the seed's own spelling kept, e.g.
"Schülerversretung"); tests check each against the file. Where the seed names a statute but
not the procedure it prescribes (§ 8a SGB VIII / § 4 KKG), the staged child-protection paths
follow the statute and quote the seed line that names it.
"""

KKG_QUOTE = (
    "Sozialgesetzbuch 8 §8a Schutzauftrag bei Kindeswohlgefährdung in Verbindung mit §4 KKg "
    "Beratung und Übermittlung von Informationen durch Geheimnisträger bei Kindeswohlgefährdung"
)
VERWEISEN_QUOTE = (
    "Im Vertrauen angesprochene Personen des Beratungssystems der Schule können auch auf "
    "weitere Beratungsangebote verweisen."
)
BL_DECIDES_QUOTE = (
    "Die Beratungslehrkraft ist für die Vorklärung eines Problemfalls zuständig und entscheidet, "
    "ob ggf. eigene Bearbeitung oder die Vermittlung an andere interne oder externe Personen des "
    "Beratungssystems erfolgen soll."
)
SCHULPSYCH_QUOTE = (
    "Neben den kommunalen Beratungsstellen der Region ist die zuständige Schulpsychologie in "
    "Celle der erste Ansprechpartner bei Problemen, die über die an der Schule möglichen "
    "Lösungsansätze hinausführen. Das ist besonders dann der Fall, wenn schwere Störungen "
    "vermutet werden."
)
SCHULPSYCH_CONTACT_QUOTE = (
    "Kontaktdaten sind über Schulsekretariat bzw. die Schulleitung zu erfragen."
)
SCHUBUS_CONTACT_QUOTE = (
    "Im Bedarfsfall ist auch eine Kontaktaufnahme über die Schulleitung oder das Beratungsteam "
    "der Schule möglich."
)
SSA_NETWORK_QUOTE = (
    "Schulsozialarbeit ist im Sozialraum sehr gut vernetzt und kann Ratsuchenden Kontakte und "
    "Verbindungen zu externen Beratungseinrichtungen anbieten."
)
SSA_CAREER_QUOTE = (
    "Schulsozialarbeit pflegt im Besonderen einen engen Kontakt zu allen Akteuren der beruflichen "
    "Bildung, berät und unterstützt Jugendliche, ihre Eltern und Lehrkräfte und stellt Kontakte "
    "zu anderen Akteuren der schulischen Berufsbildung her."
)
TEAM_BERATUNG_QUOTE = (
    "Das Kernstück der notwendigen innerschulischen Kooperationsstruktur bildet das Team "
    "Beratung (Schulleitung, BL, SSA, PIT, Mediatoren)."
)
KLASSENLEHRER_RECOMMEND_QUOTE = (
    "Vom Klassenlehrer können Gespräche mit therapeutischen Einrichtungen oder Nachhilfestellen "
    "im Hinblick auf Lernentwicklung und Sozialverhalten und die Mitarbeit an Förderplänen der "
    "Schule empfohlen werden."
)
PARTNERS_QUOTE = (
    "Im Rahmen der Beratungsaufgaben an Schulen kann eine Kooperation u.a. mit den Schulen, der "
    "Berufsberatung, dem ProAktivCenter, dem Jugendamt, Stephansstift als Sozialraumpartner, der "
    "Erziehungsberatungsstelle, dem Gesundheitsamt, den Kirchen, der Arbeitsagentur, der "
    "Polizei, der Feuerwehr, den örtlichen Betrieben und Verwaltungen ggf. nötig werden."
)
PRAXEN_QUOTE = (
    "Außerdem ist eine Auswahlliste therapeutischer Praxen auf Empfehlung des Gesundheitsamtes "
    "und des Jugendamtes im Aushang des Lehrerzimmers einsehbar und kann an interessierte Eltern "
    "weitergegeben werden."
)
KOMMUNAL_QUOTE = (
    "Die kommunalen Beratungsstellen im Sozialraum der Stadt Soltau, Einrichtungen zur "
    "Lernhilfe und therapeutische Praxen der Region sind den an der Beratung an unserer Schule "
    "beteiligten Personen bekannt und können ggf. in den allgemeinen Informationsaustausch mit "
    "einbezogen werden."
)
CONFIDENTIAL_TEAM = (
    "Beratende an der Schule unterliegen der Schweigepflicht (Erlass des MK vom 17.11.2006). "
    "Was Sie anvertrauen, geben sie nur mit Ihrem Einverständnis weiter; im Beratungsteam wird "
    "ohne Namen (anonymisiert) über Fälle gesprochen. Grenze: Bei gewichtigen Anhaltspunkten "
    "für eine Gefährdung des Kindeswohls gelten § 8a SGB VIII und § 4 KKG."
)
CONFIDENTIAL_TEACHER = (
    "Gespräche werden vertraulich behandelt. Lehrkräfte sind aber auch für Leistungsbewertung "
    "und Erziehungs- und Ordnungsmaßnahmen zuständig; wer ganz unabhängig davon beraten werden "
    "möchte, wendet sich an die Beratungslehrkraft oder die Schulsozialarbeit. Grenze: "
    "Kinderschutz nach § 8a SGB VIII und § 4 KKG."
)
CONFIDENTIAL_EXTERNAL = (
    "Eigene Schweigepflicht der Stelle. Die Schule gibt Informationen nur mit Einverständnis "
    "der Ratsuchenden weiter; das Gesprächsgeheimnis aller Beratenden bleibt gewahrt."
)
PARTNER_SUMMARY = "Kooperationspartner der Beratung an der Schule, wenn nötig."

ALL_SCHOOL = ["schueler", "eltern", "lehrkraefte", "schulleitung"]

DATA = {
    "slug": "oberschule-soltau",
    "name": "Oberschule Soltau",
    "kind": "school",
    "region": "Soltau, Heidekreis (Niedersachsen)",
    "position": 1,
    "summary": (
        "Beratungskonzept einer Oberschule mit Ganztagsbereich: Fach- und Klassenlehrkräfte, "
        "Beratungslehrkraft, Schulsozialarbeit, Mediatorinnen, Präventions- und "
        "Interventionsteam (PIT) sowie externe Partner wie Schulpsychologie, SchuBuS und "
        "„Deine Chance“."
    ),
    "aims": (
        "Lernende Schule: Die Eigenverantwortliche Schule stellt sich auf neue Schulstrukturen, "
        "auf sich verändernde Schülerpersönlichkeiten und ein sich veränderndes gesellschaftliches "
        "Umfeld ein. Sie benötigt Beratung und Unterstützung, z. B. bei der Lernförderung "
        "(Förderkonzept) und dem sozialen Lernen mit seinen präventiven Aufgaben "
        "(Präventionskonzept). Die Aus-, Fort- und Weiterbildung der an Beratung beteiligten "
        "Lehrkräfte hat einen hohen Stellenwert (Fortbildungskonzept).\n\n"
        "Eltern, Schülerinnen und Schüler sollen auf ein unkompliziertes und erreichbares "
        "Beratungssystem zurückgreifen können, um bei Problemen angemessene Lösungen zu finden, "
        "z. B. bei Leistungseinbrüchen oder möglichen Verhaltensauffälligkeiten. Für "
        "Einzelgespräche steht ein Elternsprechzimmer (Beratung I/B0.04) zur Verfügung. Im Rahmen "
        "der Elternarbeit werden Einzeltermine, Telefongespräche, Elternabende der Klasse und "
        "Elternsprechtage angeboten; im Oberschulbereich finden regelmäßig verpflichtende "
        "Gespräche zur individuellen Lernentwicklung statt.\n\n"
        "Die Mitglieder des Beratungssystems, besonders des Beratungsteams, können sofort "
        "weitervermitteln, Vorklärungen ausarbeiten und zeitnahe, praxisgerechte Lösungen intern "
        "oder extern ansteuern. Das Beratungssystem arbeitet in einem Netzwerk aller an der "
        "Beratung beteiligten Personen; Fakten und fallbedingte Absprachen werden unter "
        "Berücksichtigung der Datenschutzrichtlinien ausgetauscht, z. B. in anonymisierter "
        "Fallbesprechung.\n\n"
        "Ziel: Beratung soll Hilfe zur Selbsthilfe sein – Ratsuchende nehmen aktiv am "
        "Problemlösungsprozess teil. Erkennbare Merkmale erfolgreicher Beratung: Inanspruchnahme "
        "von Beratungsangeboten; Vertrauensverhältnis der Ratsuchenden zu den Beratern; Nachfrage "
        "zu Mediation (auch zur Konfliktlotsenausbildung); regelmäßiges Aufsuchen des "
        "Schulsozialarbeiters und der Beratungslehrkräfte auch außerhalb problematischer "
        "Situationen (z. B. durch AG-Angebote); gesteigertes Problemlösungspotential; "
        "eigenständige Lösungsansätze und Verantwortungsübernahme der Ratsuchenden.\n\n"
        "Vernetzung: Für Beratungslehrkräfte gibt es eine Dienstbesprechung, zu der bei Bedarf die "
        "Schulpsychologie einlädt. Die Sozialraumpartner des Sozialraums Soltau sind vernetzt und "
        "pflegen regelmäßige Austauschforen unter Beteiligung von Mitgliedern des schulischen "
        "Beratungsteams."
    ),
    "adopted_on": "2018-09-25",
    "adopted_by": "Gesamtkonferenz",
    # The concept names no fixed evaluation cycle; the counselling teacher reports to the
    # Gesamtkonferenz every year, so that yearly report is the review date shown.
    "review_cycle_months": 12,
    "review_note": (
        "Erlassgemäß wird das Beratungskonzept im Rahmen der Qualitätsentwicklung der Schule und "
        "der Entwicklung des Schulprogramms evaluiert. Das Konzept oder Änderungen werden im "
        "Schulvorstand und auf der Gesamtkonferenz zur Diskussion gestellt und zur Vorbereitung "
        "der Beschlussfassung dem Kollegium, der Eltern- und der Schülervertretung zugestellt. "
        "Einen festen Turnus nennt das Konzept nicht; jährlich berichtet die Beratungslehrkraft "
        "der Gesamtkonferenz über Schwerpunkte und Fortbildungen – daher ist hier ein Jahr als "
        "Prüfturnus eingetragen."
    ),
    "source_document": "Beratungskonzept der Oberschule Soltau",
    "editorial_note": (
        "Die Stufen im Kinderschutz (insoweit erfahrene Fachkraft, Jugendamt) ergänzen das "
        "Konzept nach § 8a SGB VIII und § 4 KKG, die es als Rechtsgrundlage nennt."
    ),
    "occasion_groups": [
        {
            "name": "Schule, Lernen und Leistung",
            "occasions": [
                {
                    "slug": "lernen",
                    "name": "Probleme mit dem Lernen",
                    "description": "Lernschwierigkeiten, Nachhilfe, Förderpläne.",
                    "quote": "Probleme mit dem Lernen",
                },
                {
                    "slug": "leistungseinbruch",
                    "name": "Leistungseinbrüche",
                    "description": "Die Noten werden plötzlich deutlich schlechter.",
                    "quote": (
                        "z.B. bei Leistungseinbrüchen oder möglichen Verhaltensauffälligkeiten"
                    ),
                },
                {
                    "slug": "fachfragen",
                    "name": "Fachinhalte, Leistungsbewertung und Leistungsstand",
                    "description": "Fragen zu einem Fach, zu Noten und zum Leistungsstand.",
                    "quote": (
                        "Fachinhalte, Leistungsbewertung, Leistungsstand, Arbeits- und "
                        "Sozialverhalten sowie damit verbundene Schullaufbahnmöglichkeiten"
                    ),
                },
                {
                    "slug": "lrs-dyskalkulie",
                    "name": "Lernbeeinträchtigungen wie LRS oder Dyskalkulie",
                    "description": "Lese-Rechtschreib-Schwäche, Rechenschwäche, Handicaps.",
                    "quote": "Handycaps und Lernbeeinträchtigungen (z.B. LRS, Dyskalkulie)",
                },
                {
                    "slug": "schulprobleme",
                    "name": "Schulprobleme allgemein",
                    "description": "Wenn es in der Schule insgesamt nicht gut läuft.",
                    "quote": "Schulprobleme",
                },
                {
                    "slug": "fachberatung",
                    "name": "Mobilität, Medien, Sicherheit, Schulaustausch",
                    "description": (
                        "Fachberatung durch Lehrkräfte mit Funktionsaufgaben, z. B. zum "
                        "europäischen Schulaustausch im Comenius-Programm."
                    ),
                    "quote": (
                        "Mobilität, Medienbetreuung, Sicherheit, europäischer Schulaustausch im "
                        "Comenius-Programm"
                    ),
                },
            ],
        },
        {
            "name": "Schullaufbahn und Beruf",
            "occasions": [
                {
                    "slug": "schullaufbahn",
                    "name": "Fragen der Schullaufbahn",
                    "description": "Abschlüsse, Wechsel, Wiederholung, welche Schule danach.",
                    "quote": "Fragen der Schullaufbahn und der Berufsfindung",
                },
                {
                    "slug": "berufsfindung",
                    "name": "Berufswahl und Übergang Schule–Beruf",
                    "description": "Welcher Beruf passt? Praktikum, Ausbildung, Bewerbung.",
                    "quote": "Hilfe bei der Berufsfindung",
                },
            ],
        },
        {
            "name": "Miteinander und Konflikte",
            "occasions": [
                {
                    "slug": "mobbing",
                    "name": "Mobbing",
                    "description": "Jemand wird immer wieder geärgert, ausgegrenzt oder bedroht.",
                    "quote": (
                        "in Mobbing-situationen niedrigschwellige und zeitnahe Hilfe anzubieten"
                    ),
                },
                {
                    "slug": "probleme-mit-anderen",
                    "name": "Probleme mit anderen Menschen in der Schule",
                    "description": "Streit, Beziehungen und Umgang miteinander.",
                    "quote": "Probleme mit anderen Menschen in der Schule",
                },
                {
                    "slug": "umgang-mitschueler-eltern",
                    "name": "Probleme im Umgang mit Mitschülerinnen und -schülern und Eltern",
                    "description": "",
                    "quote": "Probleme im Umgang mit Mitschülerinnen und -schülern und Eltern",
                },
                {
                    "slug": "konfliktmoderation",
                    "name": "Konfliktmoderation und Mediation",
                    "description": (
                        "Ein Streit soll mit Hilfe einer neutralen Person geklärt werden."
                    ),
                    "quote": "Konfliktmoderation und/oder Mediation",
                },
                {
                    "slug": "krise",
                    "crisis": True,
                    "name": "Krisen und Krisenintervention",
                    "description": "Akute Krise; Vorbereitung auf Krisenintervention.",
                    "quote": "Konfliktmoderation und Vorbereitung auf Krisenintervention",
                },
            ],
        },
        {
            "name": "Familie und persönliche Entwicklung",
            "occasions": [
                {
                    "slug": "familie",
                    "name": "Probleme im familiären Umfeld",
                    "description": "Sorgen zu Hause, Trennung, Streit in der Familie.",
                    "quote": "Probleme im familiären Umfeld",
                },
                {
                    "slug": "persoenliche-entwicklung",
                    "name": "Persönliche Entwicklung und Entscheidungen",
                    "description": "Persönlichkeitsfindung, persönliche Entscheidungen.",
                    "quote": "Unterstützung bei der Persönlichkeitsfindung von Jugendlichen",
                },
            ],
        },
        {
            "name": "Verhalten, Entwicklung und Gesundheit",
            "occasions": [
                {
                    "slug": "verhalten",
                    "name": "Verhalten, emotionale und soziale Entwicklung",
                    "description": "Verhaltensauffälligkeiten, Arbeits- und Sozialverhalten.",
                    "quote": (
                        "SchBuS deckt ausschließlich den Bereich des Verhaltens (Emotionale und "
                        "soziale Entwicklung) ab."
                    ),
                },
                {
                    "slug": "schwere-stoerungen",
                    "name": "Verdacht auf schwere Störungen",
                    "description": (
                        "Probleme, die über die Möglichkeiten der Schule hinausgehen; "
                        "psychologische Testverfahren und Gutachten."
                    ),
                    "quote": "wenn schwere Störungen vermutet werden",
                },
                {
                    "slug": "sonderpaedagogik",
                    "name": "Sonderpädagogischer Unterstützungsbedarf",
                    "description": (
                        "Sehen, Hören, körperliche und motorische Entwicklung, Autismus, Sprache."
                    ),
                    "quote": (
                        "Überregionale Mobile Dienste gibt es für Sehen, Hören, "
                        "Körperlich/Motorische Entwicklung, Autismus und Sprache."
                    ),
                },
            ],
        },
        {
            "name": "Schulbesuch und Schutz",
            "occasions": [
                {
                    "slug": "schulpflicht",
                    "name": "Schulbesuch und Schulpflicht",
                    "description": (
                        "Häufiges Fehlen, Schulverweigerung, Probleme mit dem Schulbesuch."
                    ),
                    "quote": "Hilfen bei Problemen mit der Schulpflichterfüllung",
                },
                {
                    "slug": "kindeswohl",
                    "crisis": True,
                    "name": "Sorge um das Wohl eines Kindes (Kinderschutz)",
                    "description": "Anzeichen von Gewalt, Vernachlässigung oder Missbrauch.",
                    "quote": "Schutzauftrag bei Kindeswohlgefährdung",
                },
            ],
        },
        {
            "name": "Hilfe außerhalb der Schule, Prävention, Mitwirkung",
            "occasions": [
                {
                    "slug": "ausserschulische-beratung",
                    "name": "Vermittlung in außerschulische Beratungsstellen",
                    "description": "Eine passende Stelle außerhalb der Schule finden und hingehen.",
                    "quote": "Vermittlung und Begleitung in außerschulische Beratungsstellen",
                },
                {
                    "slug": "praevention",
                    "name": "Prävention in der Klasse",
                    "description": (
                        "Projekte und Angebote für eine Klasse, bevor Probleme entstehen."
                    ),
                    "quote": (
                        "Schulsozialarbeit unterstützt auf Wunsch Klassen und ihre Lehrkräfte in "
                        "der Präventionsarbeit und stellt Kontakte zu externen Anbietern her."
                    ),
                },
                {
                    "slug": "vertretung",
                    "name": "Fragen und Anliegen an Schüler- oder Elternvertretung",
                    "description": "Interessen der Schülerschaft oder der Eltern vertreten.",
                    "quote": (
                        "Die Schülerversretung ist auf der einen Seite eine Anlaufstelle für "
                        "Schüler, wenn diese Fragen oder Probleme haben und berät diese."
                    ),
                },
                {
                    "slug": "systemberatung",
                    "name": "Beratung für Kollegium und Schule (Systemberatung)",
                    "description": "Konzepte, Diagnose- und Förderkonzepte, Konfliktmanagement.",
                    "quote": "Systemberatung",
                },
            ],
        },
    ],
    "roles": [
        {
            "slug": "fachlehrkraefte",
            "name": "Fachlehrkräfte",
            "kind": "internal",
            "summary": (
                "Fachbezogen die ersten Ansprechpartner für Schülerinnen, Schüler und Eltern."
            ),
            "serves": ["schueler", "eltern", "schulleitung"],
            "occasions": [
                "fachfragen",
                "lernen",
                "leistungseinbruch",
                "schullaufbahn",
                "verhalten",
            ],
            "tasks": [
                "Beraten Schülerinnen und Schüler und deren Eltern in Bezug auf Erziehung und "
                "Unterricht im Rahmen eines Faches.",
                "Erste Ansprechpartner im Fach: Fachinhalte, Leistungsbewertung, Leistungsstand, "
                "Arbeits- und Sozialverhalten und die damit verbundenen "
                "Schullaufbahnmöglichkeiten.",
                "Beraten die Schulleitung zum fachbezogenen Arbeiten im Rahmen der Konferenzen.",
            ],
            "confidentiality": CONFIDENTIAL_TEACHER,
            "location": "Elternsprechzimmer (Beratung I/B0.04) für Einzelgespräche",
            "availability": (
                "Einzeltermine, Telefongespräche, Elternabende der Klasse, Elternsprechtage"
            ),
            "quote": (
                "Sie können fachbezogen die ersten Ansprechpartner für Schülerinnen und Schüler "
                "und deren Eltern sein."
            ),
        },
        {
            "slug": "klassenlehrkraefte",
            "name": "Klassenlehrkräfte",
            "kind": "internal",
            "summary": "Klassenbezogen die ersten Ansprechpartner für alle Beteiligten.",
            "serves": ["schueler", "eltern", "vertretungen", "schulleitung"],
            "occasions": [
                "lernen",
                "leistungseinbruch",
                "fachfragen",
                "schulprobleme",
                "schullaufbahn",
                "verhalten",
                "probleme-mit-anderen",
                "umgang-mitschueler-eltern",
                "mobbing",
                "familie",
                "persoenliche-entwicklung",
                "schwere-stoerungen",
                "schulpflicht",
                "kindeswohl",
                "vertretung",
            ],
            "tasks": [
                "Beraten Schülerinnen und Schüler und deren Eltern in Bezug auf Erziehung und "
                "Unterricht im Rahmen eines Faches und darüber hinaus im Rahmen der Klasse.",
                "Führen Beratungsgespräche über die Entwicklung der Gesamtpersönlichkeit einzelner "
                "Schülerinnen und Schüler, auch mit deren Eltern.",
                "Beraten und unterstützen die Schüler- und Elternvertreter der Klasse.",
                "Können Gespräche mit therapeutischen Einrichtungen oder Nachhilfestellen (Blick "
                "auf Lernentwicklung und Sozialverhalten) und die Mitarbeit an Förderplänen "
                "empfehlen.",
                "Beraten die Schulleitung im Rahmen der Konferenzen zum klassenbezogenen "
                "Schulleben und Unterricht.",
                "Führen im Oberschulbereich regelmäßig verpflichtende Gespräche zur individuellen "
                "Lernentwicklung.",
            ],
            "confidentiality": CONFIDENTIAL_TEACHER,
            "location": "Elternsprechzimmer (Beratung I/B0.04) für Einzelgespräche",
            "availability": (
                "Einzeltermine, Telefongespräche, Elternabende der Klasse, Elternsprechtage; "
                "verpflichtende Gespräche zur individuellen Lernentwicklung"
            ),
            "quote": "Sie sind klassenbezogen die ersten Ansprechpartner für alle Beteiligten.",
        },
        {
            "slug": "funktionslehrkraefte",
            "name": "Lehrkräfte mit besonderen Funktionsaufgaben",
            "kind": "internal",
            "summary": (
                "Fachbereichskonferenzleitungen und Lehrkräfte mit Fachberatungsaufgaben, deren "
                "Rat Schulleitung und andere Beteiligte erbitten können."
            ),
            "serves": ["lehrkraefte", "schulleitung", "schueler", "eltern"],
            "occasions": ["lrs-dyskalkulie", "fachberatung", "konfliktmoderation"],
            "tasks": [
                "Fachbereichskonferenzleitung: Fachetat, Jahresarbeitspläne, Leitung der "
                "Fachbereichskonferenzen.",
                "Fachberatung, z. B. für Fachsammlungen, Referendare, Handicaps und "
                "Lernbeeinträchtigungen (z. B. LRS, Dyskalkulie), Mobilität, Medienbetreuung, "
                "Sicherheit, europäischen Schulaustausch im Comenius-Programm und Mediation.",
            ],
            "confidentiality": CONFIDENTIAL_TEACHER,
            "quote": (
                "Die Schulleitung und andere Beteiligte können den Rat der mit besonderen "
                "Funktionsaufgaben betrauten Lehrkräfte erbitten."
            ),
        },
        {
            "slug": "sv-beratungslehrkraft",
            "name": "SV-Beratungslehrkraft",
            "kind": "internal",
            "summary": (
                "Berät die Schülervertretung und genießt das besondere Vertrauen der Schülerschaft."
            ),
            "serves": ["schueler", "vertretungen"],
            "occasions": [
                "vertretung",
                "schulprobleme",
                "persoenliche-entwicklung",
                "probleme-mit-anderen",
            ],
            "tasks": [
                "Berät die Schülervertretung in ihren verfassten Aufgaben und unterstützt sie bei "
                "der Konferenzarbeit.",
                "Begleitet die Wahlen der Schülervertretung.",
                "Ansprechperson für Schülerinnen und Schüler bei persönlichen und schulischen "
                "Problemen.",
            ],
            "confidentiality": CONFIDENTIAL_TEACHER,
            "quote": (
                "Diese Lehrkraft genießt das besondere Vertrauen der Schülerschaft und kann bei "
                "persönlichen und schulischen Problemen von den Schülerinnen und Schülern "
                "angesprochen werden."
            ),
        },
        {
            "slug": "schuelervertretung",
            "name": "Schülervertretung",
            "short_name": "SV",
            "kind": "internal",
            "summary": "Anlaufstelle für Schülerinnen und Schüler mit Fragen oder Problemen.",
            "serves": ["schueler", "lehrkraefte", "schulleitung"],
            "occasions": ["vertretung", "schulprobleme"],
            "tasks": [
                "Anlaufstelle für Schüler, wenn diese Fragen oder Probleme haben, und berät sie.",
                "Ansprechpartner für Lehrkräfte und Schulleitung.",
            ],
            "confidentiality": (
                "Schülervertreterinnen und -vertreter sind keine ausgebildeten Beratenden; "
                "Persönliches besser mit der SV-Beratungslehrkraft besprechen."
            ),
            "quote": (
                "Auf der anderen Seite aber ist sie natürlich auch Ansprechpartner für Lehrer "
                "oder die Schulleitung."
            ),
        },
        {
            "slug": "elternvertretung",
            "name": "Elternvertretung",
            "kind": "internal",
            "summary": "Wahrt die Interessen der Elternschaft und berät die Eltern einer Klasse.",
            "serves": ["eltern"],
            "occasions": ["vertretung"],
            "tasks": [
                "Wahrt die Interessen der Elternschaft.",
                "Berät die Eltern einer Klasse ggf. bei Problemen und Fragen.",
                "Setzt sich mit der Klassenlehrkraft oder der Schulleitung in Verbindung.",
            ],
            "quote": (
                "Die Elternvertretung wahrt die Interessen der Elternschaft und berät die Eltern "
                "einer Klasse ggf. bei Problemen und Fragen und setzt sich mit dem Klassenlehrer "
                "oder der Schulleitung in Verbindung."
            ),
        },
        {
            "slug": "beratungslehrkraft",
            "name": "Beratungslehrkraft",
            "short_name": "BL",
            "kind": "internal",
            "summary": (
                "Klärt einen Problemfall vor und entscheidet, ob sie ihn selbst bearbeitet oder an "
                "andere interne oder externe Personen des Beratungssystems vermittelt."
            ),
            "serves": ALL_SCHOOL,
            "occasions": [
                "lernen",
                "leistungseinbruch",
                "schulprobleme",
                "schullaufbahn",
                "berufsfindung",
                "probleme-mit-anderen",
                "umgang-mitschueler-eltern",
                "mobbing",
                "konfliktmoderation",
                "krise",
                "familie",
                "persoenliche-entwicklung",
                "verhalten",
                "schwere-stoerungen",
                "sonderpaedagogik",
                "schulpflicht",
                "kindeswohl",
                "ausserschulische-beratung",
                "systemberatung",
            ],
            "tasks": [
                "Schulintern tätig in Schullaufbahnberatung, Einzelfallhilfe und Systemberatung.",
                "Vorklärung eines Problemfalls; Entscheidung über eigene Bearbeitung oder "
                "Vermittlung an andere interne oder externe Personen des Beratungssystems.",
                "Erstellt mit dem Beratungsteam in Absprache im Beratungs- und Präventionsteam das "
                "Beratungskonzept, entwickelt es weiter, unterstützt Diagnose- und "
                "Förderkonzepte und führt ggf. Konfliktmoderationen mit Schülerinnen und "
                "Schülern, Eltern und Lehrkräften durch.",
                "Arbeitet in einem kooperativen Netzwerk mit allen intern wie extern an der "
                "Beratung beteiligten Personen; intensiver Austausch mit den externen Beratungs- "
                "und Präventionseinrichtungen am Ort.",
                "Besucht Supervision oder Fallbesprechungsgruppen der Schulpsychologie oder "
                "freier Anbieter; Dienstbesprechung der Beratungslehrkräfte bei der "
                "Schulpsychologie.",
                "Stellt ihre Angebote vor: vor neuen Klassen, auf Elternabenden, durch Aushänge, "
                "Info-Flyer und auf der Homepage.",
                "Berichtet jährlich der Gesamtkonferenz über Schwerpunkte und Fortbildungen.",
            ],
            "qualification": (
                "Zweijährig ausgebildet und eingesetzt; drei Verlagerungsstunden (Erlass „Einsatz "
                "und Weiterbildung von Beratungslehrern“)."
            ),
            "confidentiality": CONFIDENTIAL_TEAM,
            "location": "Büro und Sprechzimmer: Raum B 0.05",
            "availability": "Termin nach Absprache",
            "quote": "Das Büro und Sprechzimmer befindet sich in Raum B 0.05.",
        },
        {
            "slug": "schulsozialarbeit",
            "name": "Schulsozialarbeit",
            "short_name": "SSA",
            "kind": "internal",
            "summary": (
                "Ein Schulsozialarbeiter mit voller Stelle, nicht für Unterricht und Beurteilung "
                "zuständig und deshalb besonderer Ansprechpartner für Schülerinnen, Schüler und "
                "Eltern; Schwerpunkt Übergang Schule–Beruf."
            ),
            "serves": ["schueler", "eltern", "lehrkraefte", "schulleitung", "klassen"],
            "occasions": [
                "schulprobleme",
                "lernen",
                "probleme-mit-anderen",
                "umgang-mitschueler-eltern",
                "mobbing",
                "familie",
                "persoenliche-entwicklung",
                "ausserschulische-beratung",
                "berufsfindung",
                "konfliktmoderation",
                "krise",
                "schwere-stoerungen",
                "praevention",
                "kindeswohl",
                "schulpflicht",
            ],
            "tasks": [
                "Beratung: gemeinsam Möglichkeiten finden, mit Schwierigkeiten umzugehen – zu "
                "Schulproblemen, Beziehungen, familiärem Umfeld, Persönlichkeitsfindung, "
                "persönlichen Entscheidungen, Berufsfindung, Konfliktmoderation und Mediation.",
                "Vermittelt und begleitet in außerschulische Beratungsstellen.",
                "Schwerpunkt Übergang Schule–Beruf: enger Kontakt zu allen Akteuren der "
                "beruflichen Bildung.",
                "Unterstützt auf Wunsch Klassen und ihre Lehrkräfte in der Präventionsarbeit und "
                "stellt Kontakte zu externen Anbietern her.",
                "Bildet mit den Beratungslehrkräften und dem PIT das Beratungs- und "
                "Präventionsteam; verantwortet das Beratungskonzept mit.",
                "Pflegt ein regionales und überregionales Netzwerk und bildet sich regelmäßig "
                "fort.",
            ],
            "qualification": (
                "Besondere Qualifikationen, die die beruflichen Kompetenzen der Lehrkräfte "
                "ergänzen; regelmäßige kollegiale Fallbesprechung (Supervision) mit der "
                "Schulpsychologie."
            ),
            "confidentiality": CONFIDENTIAL_TEAM,
            "location": "Büro mit Beratungsbereich: Raum E1.05 (alternativ weitere Beratungsräume)",
            "availability": (
                "Nach und während des Unterrichts; Termin in Abstimmung mit der/dem Ratsuchenden. "
                "Ein durchgängiges Angebot ist mit den vorhandenen Ressourcen nicht möglich."
            ),
            "quote": (
                "Die Schulsozialarbeit nutzt für Beratungsgespräche in der Regel den "
                "Beratungsbereich in seinem Büro (Raum E1.05)."
            ),
        },
        {
            "slug": "mediatorinnen",
            "name": "Schulmediatorinnen und -mediatoren",
            "kind": "internal",
            "summary": "Ausgebildete Mediatorinnen unterstützen bei Konflikten.",
            "serves": ["schueler", "eltern", "lehrkraefte"],
            "occasions": [
                "konfliktmoderation",
                "probleme-mit-anderen",
                "umgang-mitschueler-eltern",
            ],
            "tasks": [
                "Mediation und Konfliktmoderation.",
                "Konfliktlotsenausbildung für Schülerinnen und Schüler.",
            ],
            "confidentiality": CONFIDENTIAL_TEAM,
            "quote": (
                "In diesem Sinn werden die Lehrkräfte an unserer Schule unterstützt durch die "
                "Beratungslehrkraft, ausgebildete Mediatorinnen, der Sozialpädagoge sowie "
                "Schulpsychologen."
            ),
        },
        {
            "slug": "pit",
            "name": "Präventions- und Interventionsteam",
            "short_name": "PIT",
            "kind": "internal",
            "summary": (
                "Mindestens vier Personen; bietet in Mobbing-Situationen niedrigschwellige und "
                "zeitnahe Hilfe nach einem von der Gesamtkonferenz beschlossenen Ablaufplan."
            ),
            "serves": ["schueler", "eltern", "lehrkraefte"],
            "occasions": ["mobbing"],
            "tasks": [
                "Niedrigschwellige und zeitnahe Hilfe in Mobbing-Situationen.",
                "Arbeitet nach dem Informations- und Ablaufplan, den die Gesamtkonferenz "
                "beschlossen hat.",
            ],
            "qualification": "Team aus mindestens vier Personen.",
            "confidentiality": CONFIDENTIAL_TEAM,
            "quote": (
                "Das Präventions- und Interventionsteam (bestehend aus mindestens vier Personen) "
                "hat die Aufgabe, in Mobbing-situationen niedrigschwellige und zeitnahe Hilfe "
                "anzubieten."
            ),
        },
        {
            "slug": "schulleitung",
            "name": "Schulleitung",
            "kind": "internal",
            "summary": (
                "Gehört zum Team Beratung; stellt den Kontakt zu Schulpsychologie, SchuBuS und "
                "den Mobilen Diensten her."
            ),
            "serves": ["eltern", "schueler", "lehrkraefte", "vertretungen"],
            "occasions": ["vertretung"],
            "tasks": [
                "Mitglied im Team Beratung.",
                "Gibt die Kontaktdaten der Schulpsychologie heraus und stellt im Bedarfsfall den "
                "Kontakt zu SchuBuS her.",
                "Erziehungsmittel und Ordnungsmaßnahmen bleiben von der Beratung getrennt.",
            ],
            "quote": SCHUBUS_CONTACT_QUOTE,
        },
        {
            "slug": "schulsekretariat",
            "name": "Schulsekretariat",
            "kind": "internal",
            "summary": "Gibt die Kontaktdaten der Schulpsychologie heraus.",
            "serves": ["schueler", "eltern", "lehrkraefte"],
            "occasions": [],
            "tasks": ["Auskunft über die Kontaktdaten der Schulpsychologie."],
            "quote": SCHULPSYCH_CONTACT_QUOTE,
        },
        {
            "slug": "beratungsteam",
            "name": "Beratungsteam (intern)",
            "kind": "internal",
            "summary": (
                "Die schulinternen Beraterinnen und Berater: Beratungslehrkraft, "
                "Mediatorinnen und Schulsozialarbeit."
            ),
            "serves": ALL_SCHOOL,
            "occasions": [],
            "members": ["beratungslehrkraft", "mediatorinnen", "schulsozialarbeit"],
            "tasks": [
                "Kann sofort weitervermitteln, Vorklärungen ausarbeiten und zeitnahe, "
                "praxisgerechte Lösungen intern oder extern ansteuern.",
                "Stellt im Bedarfsfall den Kontakt zu SchuBuS her.",
                "Kann externe Beratungskräfte für besondere Beratungssituationen hinzuziehen.",
            ],
            "confidentiality": CONFIDENTIAL_TEAM,
            "quote": (
                "Die schulinternen Beraterinnen und Berater verstehen sich als (internes) "
                "Beratungsteam."
            ),
        },
        {
            "slug": "beratungs-und-praeventionsteam",
            "name": "Beratungs- und Präventionsteam",
            "kind": "internal",
            "summary": "Schulsozialarbeit, Beratungslehrkräfte und PIT: verantworten das Konzept.",
            "serves": ["lehrkraefte", "schulleitung"],
            "occasions": [],
            "members": ["schulsozialarbeit", "beratungslehrkraft", "pit"],
            "tasks": ["Erstellung und Pflege des Beratungskonzepts."],
            "quote": (
                "Der Schulsozialarbeiter bildet zusammen mit den Beratungslehrkräften und dem "
                "Präventions- und Interventionsteam (PIT) das Beratungs- und Präventionsteam der "
                "Oberschule Soltau"
            ),
        },
        {
            "slug": "team-beratung",
            "name": "Team Beratung",
            "kind": "internal",
            "summary": (
                "Kernstück der innerschulischen Kooperation: Schulleitung, BL, SSA, PIT, "
                "Mediatoren; eigener Etat, feste Teamstunde."
            ),
            "serves": ["lehrkraefte", "schulleitung"],
            "occasions": [],
            "members": [
                "schulleitung",
                "beratungslehrkraft",
                "schulsozialarbeit",
                "pit",
                "mediatorinnen",
            ],
            "tasks": [
                "Verwaltet einen eigenen Etat im Haushalt der Schule.",
                "Schlägt Projekte und Vorhaben vor (Förderung, soziales Miteinander, Beratung, "
                "Prävention, Intervention), beschließt und steuert ihre Durchführung.",
                "Trifft sich regelmäßig in einer festen Teamstunde zur Absprache über "
                "Zusammenarbeit und Aufgabenverteilung.",
            ],
            "availability": "Feste Teamstunde",
            "quote": TEAM_BERATUNG_QUOTE,
        },
        {
            "slug": "schulpsychologie",
            "name": "Schulpsychologie (Celle)",
            "kind": "external",
            "direct_access": False,
            "summary": (
                "Erster externer Ansprechpartner, wenn Probleme über die Möglichkeiten der Schule "
                "hinausgehen – besonders, wenn schwere Störungen vermutet werden."
            ),
            "serves": ["schueler", "eltern", "lehrkraefte", "schulleitung"],
            "occasions": ["schwere-stoerungen", "systemberatung"],
            "tasks": [
                "Erster Ansprechpartner bei Problemen, die über die an der Schule möglichen "
                "Lösungsansätze hinausführen, besonders bei vermuteten schweren Störungen.",
                "Ärztliche Testverfahren und Gutachten; ergänzende psychologisch-diagnostische "
                "Untersuchungen.",
                "Hilfe bei der Evaluation der innerschulischen Beratung und beim Aufbau eines "
                "Konfliktmanagementsystems.",
                "Hilfestellung bei psychologischen Interventionsmethoden; Beratung bei "
                "Erarbeitung und Verankerung des Beratungskonzepts.",
                "Supervision und kollegiale Fallbesprechung für Schulsozialarbeit und "
                "Beratungslehrkräfte; lädt bei Bedarf zur Dienstbesprechung der "
                "Beratungslehrkräfte ein.",
            ],
            "confidentiality": CONFIDENTIAL_EXTERNAL,
            "location": "Celle",
            "contact_note": "Kontaktdaten über das Schulsekretariat bzw. die Schulleitung.",
            "quote": SCHULPSYCH_QUOTE,
        },
        {
            "slug": "schubus",
            "name": "SchuBuS – Schulisches Beratungs- und Unterstützungssystem im Heidekreis",
            "short_name": "SchuBuS",
            "kind": "external",
            "summary": (
                "Professionelles Beratungsangebot mit systemischem, lösungs- und "
                "ressourcenorientiertem Ansatz, ausschließlich für den Bereich Verhalten "
                "(emotionale und soziale Entwicklung)."
            ),
            "serves": ["schueler", "eltern", "lehrkraefte"],
            "occasions": ["verhalten"],
            "tasks": [
                "Beratung im Bereich Verhalten (emotionale und soziale Entwicklung), auch als "
                "regionales Angebot der Inklusionsberatung.",
            ],
            "confidentiality": CONFIDENTIAL_EXTERNAL,
            "location": "Heidekreis",
            "contact_note": (
                "Direkt oder im Bedarfsfall über die Schulleitung oder das Beratungsteam."
            ),
            "website": "http://www.schubus-heidekreis.de/",
            "quote": (
                "SchBuS deckt ausschließlich den Bereich des Verhaltens (Emotionale und soziale "
                "Entwicklung) ab."
            ),
        },
        {
            "slug": "mobile-dienste",
            "name": "Überregionale Mobile Dienste der Landesschulbehörde",
            "kind": "external",
            "direct_access": False,
            "summary": (
                "Inklusionsberatung in den sonderpädagogischen Fachrichtungen Sehen, Hören, "
                "körperliche und motorische Entwicklung, Autismus und Sprache."
            ),
            "serves": ["schueler", "eltern", "lehrkraefte"],
            "occasions": ["sonderpaedagogik"],
            "tasks": ["Beratung in den speziellen sonderpädagogischen Fachrichtungen."],
            "confidentiality": CONFIDENTIAL_EXTERNAL,
            "contact_note": "Wird über die Schule abgerufen.",
            "quote": (
                "Beratung in den speziellen sonderpädagogischen Fachrichtungen kann über die "
                "überregionalen mobilen Dienste der NLschB sowie über das regionale Beratungs- "
                "und Unterstützungssystem SchuBuS abgerufen werden."
            ),
        },
        {
            "slug": "deine-chance",
            "name": "„Deine Chance“ (Angebot des Schulträgers)",
            "kind": "external",
            "summary": (
                "Beratungs- und Unterstützungsangebot des Schulträgers für Schülerinnen und "
                "Schüler, Eltern und Lehrkräfte bei Problemen mit der Schulpflichterfüllung."
            ),
            "serves": ["schueler", "eltern", "lehrkraefte"],
            "occasions": ["schulpflicht"],
            "tasks": ["Hilfen bei Problemen mit der Schulpflichterfüllung."],
            "confidentiality": CONFIDENTIAL_EXTERNAL,
            "location": "Eigenes Büro in der Schule",
            "quote": (
                "Unter diesem Namen ist ein Beratungs- und Unterstützungsangebot des Schulträgers "
                "eingerichtet worden, welches SuS, Eltern und Lehrkräften Hilfen bei Problemen "
                "mit der Schulpflichterfüllung anbietet."
            ),
        },
        {
            "slug": "kommunale-beratungsstellen",
            "name": "Kommunale Beratungsstellen im Sozialraum Soltau",
            "kind": "external",
            "summary": "Beratungsstellen der Stadt und Region, den Beratenden der Schule bekannt.",
            "serves": ["schueler", "eltern"],
            "occasions": ["familie", "persoenliche-entwicklung", "ausserschulische-beratung"],
            "tasks": ["Beratung außerhalb der Schule; Austausch im Sozialraum."],
            "confidentiality": CONFIDENTIAL_EXTERNAL,
            "location": "Soltau",
            "quote": KOMMUNAL_QUOTE,
        },
        {
            "slug": "lernhilfe",
            "name": "Einrichtungen zur Lernhilfe und Nachhilfestellen",
            "kind": "external",
            "summary": "Lernhilfe und Nachhilfe in der Region.",
            "serves": ["schueler", "eltern"],
            "occasions": ["lernen", "leistungseinbruch", "lrs-dyskalkulie"],
            "tasks": ["Lernhilfe und Nachhilfe."],
            "confidentiality": CONFIDENTIAL_EXTERNAL,
            "quote": KLASSENLEHRER_RECOMMEND_QUOTE,
        },
        {
            "slug": "therapeutische-praxen",
            "name": "Therapeutische Praxen und Einrichtungen der Region",
            "kind": "external",
            "summary": (
                "Eine Auswahlliste therapeutischer Praxen (auf Empfehlung von Gesundheitsamt und "
                "Jugendamt) hängt im Lehrerzimmer aus und kann an Eltern weitergegeben werden."
            ),
            "serves": ["schueler", "eltern"],
            "occasions": ["lernen", "verhalten", "lrs-dyskalkulie"],
            "tasks": ["Therapie im Hinblick auf Lernentwicklung und Sozialverhalten."],
            "confidentiality": CONFIDENTIAL_EXTERNAL,
            "contact_note": (
                "Auswahlliste im Aushang des Lehrerzimmers; Lehrkräfte geben sie weiter."
            ),
            "quote": PRAXEN_QUOTE,
        },
        {
            "slug": "jugendamt",
            "name": "Jugendamt",
            "kind": "external",
            "summary": (
                "Kooperationspartner der Schule; zuständig für den Schutzauftrag bei "
                "Kindeswohlgefährdung (§ 8a SGB VIII)."
            ),
            "serves": ["schueler", "eltern", "lehrkraefte"],
            "occasions": ["kindeswohl", "familie"],
            "tasks": [
                "Schutzauftrag bei Kindeswohlgefährdung.",
                "Hilfen für Familien; empfiehlt mit dem Gesundheitsamt therapeutische Praxen.",
            ],
            "confidentiality": "Sozialdatenschutz; Informationen der Schule nach § 4 KKG.",
            "quote": PARTNERS_QUOTE,
        },
        {
            "slug": "insoweit-erfahrene-fachkraft",
            "name": "Insoweit erfahrene Fachkraft (Kinderschutz)",
            "kind": "external",
            "direct_access": False,
            "summary": (
                "Berät Lehrkräfte und Beratende, die gewichtige Anhaltspunkte für eine "
                "Kindeswohlgefährdung wahrnehmen – ohne Namen (pseudonymisiert), § 4 Abs. 2 KKG."
            ),
            "serves": ["lehrkraefte", "schulleitung"],
            "occasions": ["kindeswohl"],
            "tasks": ["Anonyme Fachberatung zur Einschätzung einer Kindeswohlgefährdung."],
            "confidentiality": "Fallberatung ohne Namen; Daten werden vorher pseudonymisiert.",
            "contact_note": "Vermittlung über das Jugendamt.",
            "quote": KKG_QUOTE,
        },
        {
            "slug": "erziehungsberatungsstelle",
            "name": "Erziehungsberatungsstelle",
            "kind": "external",
            "summary": PARTNER_SUMMARY,
            "serves": ["eltern", "schueler"],
            "occasions": ["familie", "verhalten"],
            "tasks": ["Beratung zu Erziehung und Familie."],
            "confidentiality": CONFIDENTIAL_EXTERNAL,
            "quote": PARTNERS_QUOTE,
        },
        {
            "slug": "stephansstift",
            "name": "Stephansstift (Sozialraumpartner)",
            "kind": "external",
            "summary": PARTNER_SUMMARY,
            "serves": ["schueler", "eltern"],
            "occasions": ["familie"],
            "tasks": ["Sozialraumpartner der Schule."],
            "confidentiality": CONFIDENTIAL_EXTERNAL,
            "quote": PARTNERS_QUOTE,
        },
        {
            "slug": "berufsberatung",
            "name": "Berufsberatung",
            "kind": "external",
            "summary": PARTNER_SUMMARY,
            "serves": ["schueler", "eltern"],
            "occasions": ["berufsfindung"],
            "tasks": ["Beratung zu Berufswahl und Ausbildung."],
            "confidentiality": CONFIDENTIAL_EXTERNAL,
            "quote": PARTNERS_QUOTE,
        },
        {
            "slug": "proaktivcenter",
            "name": "ProAktivCenter",
            "kind": "external",
            "summary": PARTNER_SUMMARY,
            "serves": ["schueler"],
            "occasions": ["berufsfindung"],
            "tasks": ["Unterstützung junger Menschen beim Übergang in Ausbildung und Beruf."],
            "confidentiality": CONFIDENTIAL_EXTERNAL,
            "quote": PARTNERS_QUOTE,
        },
        {
            "slug": "arbeitsagentur",
            "name": "Arbeitsagentur",
            "kind": "external",
            "summary": PARTNER_SUMMARY,
            "serves": ["schueler", "eltern"],
            "occasions": ["berufsfindung"],
            "tasks": ["Berufsorientierung, Ausbildungsvermittlung."],
            "confidentiality": CONFIDENTIAL_EXTERNAL,
            "quote": PARTNERS_QUOTE,
        },
        {
            "slug": "akteure-berufliche-bildung",
            "name": "Akteure der beruflichen Bildung",
            "kind": "external",
            "summary": "Partner der Schulsozialarbeit im Übergang Schule–Beruf.",
            "serves": ["schueler", "eltern", "lehrkraefte"],
            "occasions": ["berufsfindung"],
            "tasks": ["Berufsorientierung und Berufsbildung."],
            "confidentiality": CONFIDENTIAL_EXTERNAL,
            "quote": SSA_CAREER_QUOTE,
        },
        {
            "slug": "betriebe-verwaltungen",
            "name": "Örtliche Betriebe und Verwaltungen",
            "kind": "external",
            "summary": PARTNER_SUMMARY,
            "serves": ["schueler"],
            "occasions": ["berufsfindung"],
            "tasks": ["Praktika und Einblicke in Berufe."],
            "confidentiality": CONFIDENTIAL_EXTERNAL,
            "quote": PARTNERS_QUOTE,
        },
        {
            "slug": "gesundheitsamt",
            "name": "Gesundheitsamt",
            "kind": "external",
            "summary": PARTNER_SUMMARY,
            "serves": ["schueler", "eltern"],
            "occasions": [],
            "tasks": ["Empfiehlt mit dem Jugendamt die Auswahlliste therapeutischer Praxen."],
            "confidentiality": CONFIDENTIAL_EXTERNAL,
            "quote": PARTNERS_QUOTE,
        },
        {
            "slug": "andere-schulen",
            "name": "Andere Schulen",
            "kind": "external",
            "summary": PARTNER_SUMMARY,
            "serves": ["schueler", "eltern"],
            "occasions": ["schullaufbahn"],
            "tasks": ["Kooperation, z. B. beim Schulwechsel; fachlicher Austausch."],
            "confidentiality": CONFIDENTIAL_EXTERNAL,
            "quote": PARTNERS_QUOTE,
        },
        {
            "slug": "kirchen",
            "name": "Kirchen",
            "kind": "external",
            "summary": PARTNER_SUMMARY,
            "serves": ["schueler", "eltern"],
            "occasions": [],
            "tasks": ["Kooperationspartner im Sozialraum."],
            "confidentiality": CONFIDENTIAL_EXTERNAL,
            "quote": PARTNERS_QUOTE,
        },
        {
            "slug": "polizei",
            "name": "Polizei",
            "kind": "external",
            "summary": PARTNER_SUMMARY,
            "serves": ["schueler", "eltern", "lehrkraefte"],
            "occasions": [],
            "tasks": ["Prävention und Hilfe bei Straftaten und Gefahr."],
            "confidentiality": CONFIDENTIAL_EXTERNAL,
            "quote": PARTNERS_QUOTE,
        },
        {
            "slug": "feuerwehr",
            "name": "Feuerwehr",
            "kind": "external",
            "summary": PARTNER_SUMMARY,
            "serves": ["schueler", "lehrkraefte"],
            "occasions": [],
            "tasks": ["Kooperationspartner, z. B. bei Sicherheitsfragen."],
            "confidentiality": CONFIDENTIAL_EXTERNAL,
            "quote": PARTNERS_QUOTE,
        },
        {
            "slug": "praeventionsanbieter",
            "name": "Externe Anbieter der Präventionsarbeit",
            "kind": "external",
            "summary": "Angebote für Klassen, vermittelt durch die Schulsozialarbeit.",
            "serves": ["klassen", "lehrkraefte"],
            "occasions": ["praevention"],
            "tasks": ["Präventionsprojekte für Klassen."],
            "confidentiality": CONFIDENTIAL_EXTERNAL,
            "quote": (
                "Schulsozialarbeit unterstützt auf Wunsch Klassen und ihre Lehrkräfte in der "
                "Präventionsarbeit und stellt Kontakte zu externen Anbietern her."
            ),
        },
    ],
    "paths": [
        # Confidants point people on (section 4, opening).
        {
            "from": "fachlehrkraefte",
            "to": "klassenlehrkraefte",
            "rule": "recommendation",
            "occasions": [
                "fachfragen",
                "lernen",
                "leistungseinbruch",
                "verhalten",
                "schullaufbahn",
            ],
            "quote": VERWEISEN_QUOTE,
        },
        {
            "from": "fachlehrkraefte",
            "to": "beratungslehrkraft",
            "rule": "recommendation",
            "quote": VERWEISEN_QUOTE,
        },
        {
            "from": "klassenlehrkraefte",
            "to": "beratungslehrkraft",
            "rule": "recommendation",
            "quote": VERWEISEN_QUOTE,
        },
        {
            "from": "klassenlehrkraefte",
            "to": "schulsozialarbeit",
            "rule": "recommendation",
            "occasions": [
                "familie",
                "persoenliche-entwicklung",
                "probleme-mit-anderen",
                "umgang-mitschueler-eltern",
                "schulprobleme",
                "schulpflicht",
            ],
            "quote": VERWEISEN_QUOTE,
        },
        {
            "from": "klassenlehrkraefte",
            "to": "pit",
            "rule": "recommendation",
            "occasions": ["mobbing"],
            "quote": (
                "Das Präventions- und Interventionsteam (bestehend aus mindestens vier Personen) "
                "hat "
                "die Aufgabe, in Mobbing-situationen niedrigschwellige und zeitnahe Hilfe "
                "anzubieten."
            ),
        },
        {
            "from": "klassenlehrkraefte",
            "to": "deine-chance",
            "rule": "recommendation",
            "occasions": ["schulpflicht"],
            "quote": (
                "welches SuS, Eltern und Lehrkräften Hilfen bei Problemen mit der "
                "Schulpflichterfüllung anbietet"
            ),
        },
        {
            "from": "klassenlehrkraefte",
            "to": "therapeutische-praxen",
            "rule": "recommendation",
            "occasions": ["lernen", "verhalten"],
            "condition": "im Hinblick auf Lernentwicklung und Sozialverhalten",
            "quote": KLASSENLEHRER_RECOMMEND_QUOTE,
        },
        {
            "from": "klassenlehrkraefte",
            "to": "lernhilfe",
            "rule": "recommendation",
            "occasions": ["lernen", "leistungseinbruch"],
            "condition": "im Hinblick auf Lernentwicklung",
            "quote": KLASSENLEHRER_RECOMMEND_QUOTE,
        },
        {
            "from": "funktionslehrkraefte",
            "to": "beratungslehrkraft",
            "rule": "recommendation",
            "quote": VERWEISEN_QUOTE,
        },
        {
            "from": "sv-beratungslehrkraft",
            "to": "beratungslehrkraft",
            "rule": "recommendation",
            "quote": VERWEISEN_QUOTE,
        },
        {
            "from": "sv-beratungslehrkraft",
            "to": "schulsozialarbeit",
            "rule": "recommendation",
            "quote": VERWEISEN_QUOTE,
        },
        {
            "from": "schuelervertretung",
            "to": "sv-beratungslehrkraft",
            "rule": "recommendation",
            "quote": (
                "Diese Lehrkraft genießt das besondere Vertrauen der Schülerschaft und kann bei "
                "persönlichen und schulischen Problemen von den Schülerinnen und Schülern "
                "angesprochen werden."
            ),
        },
        {
            "from": "elternvertretung",
            "to": "klassenlehrkraefte",
            "rule": "consent",
            "quote": "setzt sich mit dem Klassenlehrer oder der Schulleitung in Verbindung",
        },
        {
            "from": "elternvertretung",
            "to": "schulleitung",
            "rule": "consent",
            "quote": "setzt sich mit dem Klassenlehrer oder der Schulleitung in Verbindung",
        },
        # The counselling teacher clarifies and decides: handle it, or refer internally/externally.
        {
            "from": "beratungslehrkraft",
            "to": "schulsozialarbeit",
            "rule": "within_team",
            "occasions": [
                "familie",
                "persoenliche-entwicklung",
                "berufsfindung",
                "ausserschulische-beratung",
                "schulprobleme",
                "probleme-mit-anderen",
                "umgang-mitschueler-eltern",
                "schulpflicht",
                "krise",
            ],
            "condition": "nach Vorklärung, wenn die Schulsozialarbeit besser helfen kann",
            "quote": BL_DECIDES_QUOTE,
        },
        {
            "from": "beratungslehrkraft",
            "to": "mediatorinnen",
            "rule": "within_team",
            "occasions": [
                "konfliktmoderation",
                "probleme-mit-anderen",
                "umgang-mitschueler-eltern",
            ],
            "condition": "wenn ein Konflikt in einer Mediation geklärt werden kann",
            "quote": BL_DECIDES_QUOTE,
        },
        {
            "from": "beratungslehrkraft",
            "to": "pit",
            "rule": "within_team",
            "occasions": ["mobbing"],
            "quote": BL_DECIDES_QUOTE,
        },
        {
            "from": "beratungslehrkraft",
            "to": "deine-chance",
            "rule": "consent",
            "occasions": ["schulpflicht"],
            "quote": BL_DECIDES_QUOTE,
        },
        {
            "from": "beratungslehrkraft",
            "to": "schulpsychologie",
            "rule": "consent",
            "via": ["schulsekretariat", "schulleitung"],
            "via_note": "Kontaktdaten über das Schulsekretariat bzw. die Schulleitung",
            "condition": (
                "wenn das Problem über die an der Schule möglichen Lösungsansätze hinausführt, "
                "besonders wenn schwere Störungen vermutet werden"
            ),
            "occasions": ["schwere-stoerungen", "verhalten", "lernen", "krise", "systemberatung"],
            "quote": SCHULPSYCH_QUOTE,
        },
        {
            "from": "beratungslehrkraft",
            "to": "schulpsychologie",
            "rule": "anonymised",
            "condition": "Supervision oder Fallbesprechungsgruppe",
            "quote": (
                "Supervision oder Fallbesprechungsgruppen mit der zuständigen Schulpsychologie oder"
                " "
                "von freien Angeboten sollten besucht werden."
            ),
        },
        {
            "from": "beratungslehrkraft",
            "to": "schubus",
            "rule": "consent",
            "via": ["schulleitung", "beratungsteam"],
            "via_note": "über die Schulleitung oder das Beratungsteam",
            "condition": (
                "im Bedarfsfall, bei Fragen des Verhaltens (emotionale und soziale Entwicklung)"
            ),
            "occasions": ["verhalten"],
            "quote": SCHUBUS_CONTACT_QUOTE,
        },
        {
            "from": "beratungslehrkraft",
            "to": "mobile-dienste",
            "rule": "consent",
            "via": ["schulleitung"],
            "occasions": ["sonderpaedagogik"],
            "condition": (
                "bei Bedarf in den Fachrichtungen Sehen, Hören, körperlich-motorische Entwicklung, "
                "Autismus, Sprache"
            ),
            "quote": (
                "Beratung in den speziellen sonderpädagogischen Fachrichtungen kann über die "
                "überregionalen mobilen Dienste der NLschB sowie über das regionale Beratungs- und "
                "Unterstützungssystem SchuBuS abgerufen werden."
            ),
        },
        {
            "from": "beratungslehrkraft",
            "to": "kommunale-beratungsstellen",
            "rule": "consent",
            "occasions": ["familie", "persoenliche-entwicklung", "ausserschulische-beratung"],
            "quote": "Das Gesprächsgeheimnis aller Beratenden bleibt auch hier gewahrt.",
        },
        {
            "from": "beratungslehrkraft",
            "to": "therapeutische-praxen",
            "rule": "recommendation",
            "occasions": ["verhalten", "lernen", "lrs-dyskalkulie"],
            "quote": PRAXEN_QUOTE,
        },
        {
            "from": "beratungslehrkraft",
            "to": "lernhilfe",
            "rule": "recommendation",
            "occasions": ["lernen", "leistungseinbruch", "lrs-dyskalkulie"],
            "quote": KOMMUNAL_QUOTE,
        },
        # School social work.
        {
            "from": "schulsozialarbeit",
            "to": "beratungslehrkraft",
            "rule": "within_team",
            "occasions": [
                "schullaufbahn",
                "lernen",
                "schwere-stoerungen",
                "verhalten",
                "sonderpaedagogik",
                "krise",
            ],
            "quote": TEAM_BERATUNG_QUOTE,
        },
        {
            "from": "schulsozialarbeit",
            "to": "pit",
            "rule": "within_team",
            "occasions": ["mobbing"],
            "quote": TEAM_BERATUNG_QUOTE,
        },
        {
            "from": "schulsozialarbeit",
            "to": "mediatorinnen",
            "rule": "within_team",
            "occasions": ["konfliktmoderation", "probleme-mit-anderen"],
            "quote": TEAM_BERATUNG_QUOTE,
        },
        {
            "from": "schulsozialarbeit",
            "to": "kommunale-beratungsstellen",
            "rule": "consent",
            "occasions": ["familie", "persoenliche-entwicklung", "ausserschulische-beratung"],
            "quote": SSA_NETWORK_QUOTE,
        },
        {
            "from": "schulsozialarbeit",
            "to": "erziehungsberatungsstelle",
            "rule": "consent",
            "occasions": ["familie", "ausserschulische-beratung"],
            "quote": SSA_NETWORK_QUOTE,
        },
        {
            "from": "schulsozialarbeit",
            "to": "stephansstift",
            "rule": "consent",
            "occasions": ["familie", "ausserschulische-beratung"],
            "quote": "Stephansstift als Sozialraumpartner",
        },
        {
            "from": "schulsozialarbeit",
            "to": "deine-chance",
            "rule": "consent",
            "occasions": ["schulpflicht"],
            "quote": SSA_NETWORK_QUOTE,
        },
        {
            "from": "schulsozialarbeit",
            "to": "berufsberatung",
            "rule": "consent",
            "occasions": ["berufsfindung"],
            "quote": SSA_CAREER_QUOTE,
        },
        {
            "from": "schulsozialarbeit",
            "to": "proaktivcenter",
            "rule": "consent",
            "occasions": ["berufsfindung"],
            "quote": SSA_CAREER_QUOTE,
        },
        {
            "from": "schulsozialarbeit",
            "to": "arbeitsagentur",
            "rule": "consent",
            "occasions": ["berufsfindung"],
            "quote": SSA_CAREER_QUOTE,
        },
        {
            "from": "schulsozialarbeit",
            "to": "akteure-berufliche-bildung",
            "rule": "consent",
            "occasions": ["berufsfindung"],
            "quote": SSA_CAREER_QUOTE,
        },
        {
            "from": "schulsozialarbeit",
            "to": "betriebe-verwaltungen",
            "rule": "consent",
            "occasions": ["berufsfindung"],
            "quote": SSA_CAREER_QUOTE,
        },
        {
            "from": "schulsozialarbeit",
            "to": "praeventionsanbieter",
            "rule": "consent",
            "occasions": ["praevention"],
            "quote": (
                "Schulsozialarbeit unterstützt auf Wunsch Klassen und ihre Lehrkräfte in der "
                "Präventionsarbeit und stellt Kontakte zu externen Anbietern her."
            ),
        },
        {
            "from": "schulsozialarbeit",
            "to": "schulpsychologie",
            "rule": "consent",
            "via": ["schulsekretariat", "schulleitung"],
            "via_note": "Kontaktdaten über das Schulsekretariat bzw. die Schulleitung",
            "condition": (
                "wenn das Problem über die an der Schule möglichen Lösungsansätze hinausführt, "
                "besonders wenn schwere Störungen vermutet werden"
            ),
            "occasions": ["schwere-stoerungen"],
            "quote": SCHULPSYCH_QUOTE,
        },
        {
            "from": "schulsozialarbeit",
            "to": "schulpsychologie",
            "rule": "anonymised",
            "condition": "regelmäßige kollegiale Fallbesprechung (Supervision)",
            "quote": (
                "Zur Qualitätssicherung der Beratungsarbeit nehmen die Beratenden der "
                "Schulsozialarbeit an regelmäßigen kollegialen Fallbesprechungsrunden (Supervision)"
                " "
                "mit der Schulpsychologie teil"
            ),
        },
        # Team members hand back to the counselling teacher (a loop: BL → PIT → BL).
        {
            "from": "pit",
            "to": "beratungslehrkraft",
            "rule": "within_team",
            "quote": TEAM_BERATUNG_QUOTE,
        },
        {
            "from": "mediatorinnen",
            "to": "beratungslehrkraft",
            "rule": "within_team",
            "quote": TEAM_BERATUNG_QUOTE,
        },
        {
            "from": "beratungsteam",
            "to": "schubus",
            "rule": "consent",
            "occasions": ["verhalten"],
            "via_note": "über die Schulleitung oder das Beratungsteam",
            "quote": SCHUBUS_CONTACT_QUOTE,
        },
        {
            "from": "schulleitung",
            "to": "schubus",
            "rule": "consent",
            "occasions": ["verhalten"],
            "quote": SCHUBUS_CONTACT_QUOTE,
        },
        {
            "from": "schulleitung",
            "to": "schulpsychologie",
            "rule": "consent",
            "occasions": ["schwere-stoerungen", "verhalten", "krise", "systemberatung"],
            "quote": SCHULPSYCH_CONTACT_QUOTE,
        },
        {
            "from": "schulleitung",
            "to": "mobile-dienste",
            "rule": "consent",
            "occasions": ["sonderpaedagogik"],
            "quote": (
                "Beratung in den speziellen sonderpädagogischen Fachrichtungen kann über die "
                "überregionalen mobilen Dienste der NLschB sowie über das regionale Beratungs- und "
                "Unterstützungssystem SchuBuS abgerufen werden."
            ),
        },
        {
            "from": "schulsekretariat",
            "to": "schulpsychologie",
            "rule": "recommendation",
            "quote": SCHULPSYCH_CONTACT_QUOTE,
        },
        # Child protection, staged as § 8a SGB VIII / § 4 KKG prescribe.
        *[
            path
            for role in ("klassenlehrkraefte", "beratungslehrkraft", "schulsozialarbeit")
            for path in (
                {
                    "from": role,
                    "to": "insoweit-erfahrene-fachkraft",
                    "rule": "anonymised",
                    "step": 1,
                    "occasions": ["kindeswohl"],
                    "via": ["jugendamt"],
                    "via_note": "vermittelt über das Jugendamt",
                    "condition": (
                        "bei gewichtigen Anhaltspunkten für eine Gefährdung: zuerst mit dem Kind "
                        "und "
                        "den Eltern sprechen und auf Hilfen hinwirken, soweit das den Schutz nicht "
                        "gefährdet; zur Einschätzung die insoweit erfahrene Fachkraft beraten "
                        "lassen "
                        "(Daten pseudonymisiert, § 4 Abs. 1 und 2 KKG)"
                    ),
                    "quote": KKG_QUOTE,
                },
                {
                    "from": role,
                    "to": "jugendamt",
                    "rule": "duty_to_inform",
                    "step": 2,
                    "occasions": ["kindeswohl"],
                    "condition": (
                        "wenn die Gefährdung so nicht abgewendet werden kann und ein Tätigwerden "
                        "des "
                        "Jugendamts erforderlich ist; Betroffene werden vorher informiert, es sei "
                        "denn, das gefährdet den Schutz des Kindes (§ 4 Abs. 3 KKG)"
                    ),
                    "quote": KKG_QUOTE,
                },
            )
        ],
    ],
    "principles": [
        {
            "name": "Freiwilligkeit",
            "text": (
                "Das Beratungsgespräch beruht auf Freiwilligkeit. Wer als Ratsuchender nichts "
                "ändern will, wird seinen Problemen treu bleiben; eine erzwungene Beratung hat "
                "keine Aussicht auf nachhaltigen Erfolg."
            ),
            "quote": "Eine erzwungene Beratung hat keine Aussicht auf nachhaltigen Erfolg.",
        },
        {
            "name": "Vertraulichkeit und Schweigepflicht",
            "text": (
                "Das Beratungsgespräch wird vertraulich behandelt; das Beratungsangebot "
                "unterliegt der Schweigepflicht. Eltern, Schülerinnen und Schüler und Lehrkräfte "
                "müssen sich der Vertraulichkeit der Beratungsperson sicher sein. Auch bei "
                "externen Partnern bleibt das Gesprächsgeheimnis aller Beratenden gewahrt."
            ),
            "limits": (
                "Kinderschutz: Bei gewichtigen Anhaltspunkten für eine Kindeswohlgefährdung "
                "dürfen Lehrkräfte und Beratende sich anonymisiert von einer insoweit erfahrenen "
                "Fachkraft beraten lassen und das Jugendamt informieren, wenn die Gefährdung "
                "anders nicht abzuwenden ist (§ 8a SGB VIII, § 4 KKG)."
            ),
            "quote": (
                "Eltern, Schülerinnen und Schüler und Lehrkräfte müssen sich der Vertraulichkeit "
                "der Beratungsperson sicher sein."
            ),
        },
        {
            "name": "Unabhängigkeit",
            "text": "Die Beratung ist funktionell unabhängig und erfolgt ohne Weisung.",
            "quote": "Die Beratung ist funktionell unabhängig und erfolgt ohne Weisung.",
        },
        {
            "name": "Eigenverantwortung",
            "text": (
                "Die Umsetzung ist Sache der ratsuchenden Person, die dafür die Verantwortung "
                "trägt. Die an der Beratung beteiligten Personen bleiben für ihren Arbeits- und "
                "Zuständigkeitsbereich auch nach der Beratung eigenverantwortlich tätig."
            ),
            "quote": (
                "Die Umsetzung ist Sache der ratsuchenden Person, welche dafür die Verantwortung "
                "trägt."
            ),
        },
        {
            "name": "Trennung von Beratung und Ordnungsmaßnahmen",
            "text": (
                "Sollen sich Schülerinnen und Schüler unter Druck ändern, hat die Schule "
                "disziplinarische Maßnahmen, z. B. Erziehungsmittel und Ordnungsmaßnahmen. Diese "
                "sind berechtigt, bleiben aber von der Beratung getrennt und werden von einem "
                "anderen Personenkreis getroffen."
            ),
            "limits": "Beratende verhängen keine Erziehungsmittel oder Ordnungsmaßnahmen.",
            "quote": (
                "müssen aber von der Beratung getrennt bleiben und durch einen anderen "
                "Personenkreis erfolgen."
            ),
        },
        {
            "name": "Hilfe zur Selbsthilfe",
            "text": (
                "Beratung soll Hilfe zur Selbsthilfe sein: Ratsuchende nehmen aktiv am "
                "Problemlösungsprozess teil."
            ),
            "quote": "Ziel: Beratung soll Hilfe zur Selbsthilfe sein.",
        },
        {
            "name": "Austausch im Netzwerk nur unter Datenschutz",
            "text": (
                "Intern wie extern werden Fakten und fallbedingte Absprachen nur unter "
                "Berücksichtigung der Datenschutzrichtlinien ausgetauscht, z. B. durch "
                "anonymisierte Fallbesprechung."
            ),
            "limits": "Namen nur mit Einverständnis der Ratsuchenden.",
            "quote": (
                "Dies ermöglicht intern wie extern einen Austausch von Fakten und fallbedingter "
                "Absprachen unter Berücksichtigung der Datenschutzrichtlinien."
            ),
        },
    ],
    "legal_bases": [
        {
            "kind": "decree",
            "issuer": "MK",
            "issued_on": "2004-04-08",
            "title": "Einsatz und Weiterbildung von Beratungslehrern",
            "quote": "Erlass des MK „ Einsatz und Weiterbildung von Beratungslehrern“ vom 8.4.2004",
        },
        {
            "kind": "order",
            "issuer": "MK",
            "issued_on": "2007-06-28",
            "title": "Weiterbestehen der Regelungen des BL-Erlasses vom 6.3.1978",
            "reference": "AZ 23.2-814 10, an die LSchB",
            "note": "Der BL-Erlass vom 6.3.1978 ist mit Wirkung vom 31.12.2006 außer Kraft.",
            "quote": "Verfügung des MK vom 28.6.2007 (AZ 23.2-814 10) an die LSchB",
        },
        {
            "kind": "decree",
            "issuer": "MK",
            "issued_on": "2006-11-17",
            "title": (
                "Schweigepflicht von Beratungslehrkräften und Schulsozialpädagoginnen an Schulen"
            ),
            "quote": (
                "Erlass des MK vom 17.11.2006 „ Schweigepflicht von Beratungslehrkräften und "
                "Schulsozialpädagoginnen an Schulen“"
            ),
        },
        {
            "kind": "decree",
            "issued_on": "2004-03-16",
            "title": "Die Arbeit in der öffentlichen Ganztagschule",
            "quote": "Erlass vom 16.3.2004 „ Die Arbeit in der öffentlichen Ganztagschule“",
        },
        {
            "kind": "decree",
            "issuer": "MK",
            "issued_on": "1994-01-25",
            "title": "Zusammenarbeit zwischen Schule, Jugendamt und freien Trägern der Jugendhilfe",
            "quote": (
                "Erlass des MK vom 25.1.1994 „ Zusammenarbeit zwischen Schule, Jugendamt und "
                "freien Trägern der Jugendhilfe“"
            ),
        },
        {
            "kind": "concept",
            "date_text": "März 2008",
            "issuer": (
                "Grewe-AG, Hannover: Verbände der Schulpsychologie, der Schulsozialarbeit und der "
                "Beratungslehrkräfte in Niedersachsen unter Leitung von Prof. Dr. Norbert Grewe "
                "(Institut für Beratungslehrerweiterbildung, Universität Hildesheim)"
            ),
            "title": (
                "Konzept für ein pädagogisch-psychologisches Beratungs- und Unterstützungssystem "
                "an der Eigenverantwortlichen Schule (Niedersachsen)"
            ),
            "quote": (
                "„Konzept für ein pädagogisch – psychologisches Beratungs- und "
                "Unterstützungssystem an der Eigenverantwortlichen Schule“ für Niedersachsen vom "
                "März 2008"
            ),
        },
        {
            "kind": "statute",
            "statute": "SGB VIII",
            "provisions": "§ 8a",
            "title": "Sozialgesetzbuch Achtes Buch: Schutzauftrag bei Kindeswohlgefährdung",
            "quote": "Sozialgesetzbuch 8 §8a Schutzauftrag bei Kindeswohlgefährdung",
        },
        {
            "kind": "statute",
            "statute": "KKG",
            "provisions": "§ 4",
            "title": (
                "Gesetz zur Kooperation und Information im Kinderschutz: Beratung und Übermittlung "
                "von Informationen durch Geheimnisträger bei Kindeswohlgefährdung"
            ),
            "quote": (
                "§4 KKg Beratung und Übermittlung von Informationen durch Geheimnisträger bei "
                "Kindeswohlgefährdung"
            ),
        },
        {
            "kind": "statute",
            "statute": "NSchG",
            "provisions": "§ 4 [Inklusive Schule]",
            "issued_on": "1998-03-03",
            "title": "Niedersächsisches Schulgesetz (NSchG)",
            "reference": "Nds.GVBl. S. 137; VORIS 22410 01",
            "note": (
                "In der Fassung vom 3. März 1998, zuletzt geändert durch Art. 1 des Gesetzes vom "
                "23.3.2012 (Nds.GVBl. Nr.4/2012 S.34)."
            ),
            "quote": (
                "§ 4 [Inklusive Schule] Niedersächsisches Schulgesetz (NSchG) in der Fassung vom "
                "3. März 1998 (Nds.GVBl. S. 137)"
            ),
        },
        {
            "kind": "statute",
            "issued_on": "2012-03-23",
            "title": "Gesetz zur Einführung der inklusiven Schule",
            "reference": "Nds.GVBl. Nr.4/2012 S.34; VORIS 2241001, 2044106",
            "quote": "Gesetz zur Einführung der inklusiven Schule Vom 23. März 2012",
        },
        {
            "kind": "guideline",
            "issuer": "MK",
            "issued_on": "2010-10-14",
            "title": (
                "Richtlinie über die Gewährung von Zuwendungen für die Durchführung "
                "sozialpädagogischer Maßnahmen zur Berufsorientierung und Berufsbildung"
            ),
            "reference": (
                "RdErl. d. MK v. 14.10.2010 - 32- 81022/6 (Nds.MBl. Nr.41/2010 S.1033; SVBl. "
                "12/2010 S.481); VORIS 22 410"
            ),
            "note": (
                "Geändert durch RdErl. vom 15.8.2012 (Nds.MBl. Nr.29/2012 S.662; SVBl. 10/2012 "
                "S.521), 7.11.2012 (Nds.MBl. Nr.41/2012 S.999; SVBl. 1/2013 S.30) und vom "
                "3.9.2014 (Nds.MBl. Nr. 37/2014 S. 642; SVBl. 11/2014 S. 582). Befristete "
                "Vertragsgrundlage der Schulsozialarbeit (ehem. Hauptschulprofilierungsprogramm); "
                "daher Schwerpunkt Übergang Schule–Beruf."
            ),
            "quote": (
                "Richtlinie über die Gewährung von Zuwendungen für die Durchführung "
                "sozialpädagogischer Maßnahmen zur Berufsorientierung und Berufsbildung RdErl. d. "
                "MK v. 14.10.2010"
            ),
        },
    ],
}
