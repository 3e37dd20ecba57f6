"""A German fixture corpus: 54 real entries of the council's link list (seed 000), with their
publishers, sections/topics, dates, types and language links, plus one damaged draft.

The relevance suite runs the same queries against this corpus on SQLite and PostgreSQL.
"""

from django.utils import timezone

from resources.models import Audience, Organisation, Resource, ResourceLink, TargetGroup, Topic
from resources.search.index import reindex_resources

SECTIONS = {
    "umf": ("unbegleitete Minderjährige", 1),
    "leaving-care": ("Junge Volljährige - Leaving Care", 2),
    "kinderrechte": ("Kinderrechte/ §§", 3),
    "adressen-th": ("Adressen in Thüringen", 4),
    "geas": ("GEAS & Kinderrechte", 5),
}
TOPICS = {
    "einfuehrung": ("umf", "Einführende Informationen"),
    "asylverfahren": ("umf", "Asylverfahren"),
    "geburtsurkunde": ("umf", "Geburtsurkunde"),
    "jugendhilfe": ("umf", "Jugendhilfe"),
    "kindergeld": ("umf", "Kindergeld"),
    "lebenssituation": ("umf", "Lebenssituation"),
    "unterbringung": ("umf", "Unterbringung / Schutzkonzepte"),
    "abschiebung": ("umf", "Abschiebung"),
    "trauma": ("umf", "Psychosoziale Versorgung / Trauma"),
    "grundlagen-lc": ("leaving-care", "Grundlegende Information"),
    "uebergaenge": ("leaving-care", "Leaving Care - Übergänge gestalten"),
    "par41": ("leaving-care", "Hilfen für junge Volljährige - § 41 SGB VIII"),
    "international": ("kinderrechte", "International"),
    "bundesweit": ("kinderrechte", "Bundesweit"),
    "geas-gesetz": ("geas", "GEAS"),
    "geas-stellungnahmen": ("geas", "Stellungnahmen, Gutachten, Positionspapiere"),
}
ORGANISATIONS = {
    "bundestag": "Deutscher Bundestag",
    "bumf": "Bundesfachverband unbegleitete minderjährige Flüchtlinge",
    "bmfsfj": "Bundesministerium für Familie, Senioren, Frauen und Jugend",
    "dkhw": "Deutsches Kinderhilfswerk",
    "basiswissen": "Basiswissen.asyl.net",
    "dimr": "Deutsches Institut für Menschenrechte",
    "dijuf": "Deutsches Institut für Jugendhilfe und Familienrecht",
    "ism": "Institut für Sozialpädagogische Forschung Mainz",
    "nzfh": "Nationales Zentrum Frühe Hilfen",
    "aks": "AKS",
    "unicef": "UNICEF",
    "baff": "Bundesweite Arbeitsgemeinschaft der Psychosozialen Zentren",
    "dji": "Deutsches Jugendinstitut",
    "tdh": "terre des hommes",
    "stc": "Save the Children",
    "frt": "Flüchtlingsrat Thüringen",
    "gew": "GEW Thüringen",
    "refugio": "refugio thüringen",
    "unhcr": "UNHCR",
    "bptk": "Bundespsychotherapeutenkammer",
    "brj": "Berliner Rechtshilfefonds Jugendhilfe",
    "careleaver": "Careleaver Kompetenznetz",
    "pflegekinder": "Kompetenzzentrum Pflegekinder",
    "traegerkreis": "Trägerkreis junge Flüchtlinge",
    "bundesrat": "Deutscher Bundesrat",
    "megafon": "Dein Megafon",
}
SHORT_NAMES = {"bumf": "BumF", "dimr": "DIMR", "dijuf": "DIJuF", "baff": "BAfF", "brj": "BRJ"}
TARGET_GROUPS = {"umf": "unbegleitete Minderjährige", "volljaehrige": "junge Volljährige"}
AUDIENCES = {"fachkraefte": "Fachkräfte", "jugendliche": "Jugendliche", "eltern": "Eltern"}

# key, title, publishers, topics, (year, month, day), type, extra fields
ENTRIES = [
    ("bt-bericht", "Bericht der Bundesregierung über die Situation unbegleiteter ausländischer Minderjähriger in Deutschland", ["bundestag"], ["einfuehrung"], (2025, 7, None), "bericht", {}),
    ("bumf-anmerkungen", "Anmerkungen zum Bericht der Bundesregierung zur Situation unbegleiteter ausländischer Minderjähriger in Deutschland", ["bumf"], ["einfuehrung"], (2025, 8, None), "stellungnahme", {}),
    ("bumf-umfrage", "Veröffentlichung der Online-Umfrage 2024 zur Situation junger Geflüchteter in Deutschland", ["bumf"], ["einfuehrung"], (2025, 6, None), "studie", {"target_groups": ["umf"]}),
    ("bmfsfj-kinderschutz", "Sicherstellung des Kinderschutzes bei der Unterbringung, Betreuung und Versorgung unbegleiteter ausländischer Kinder und Jugendlicher in Krisenzeiten – Punktuation des BMFSFJ", ["bmfsfj"], ["einfuehrung"], (2024, 1, None), "stellungnahme", {}),
    ("film", "La Couleur du Coeur - Die Farbe des Herzens", [], ["einfuehrung"], (2018, None, None), "video", {"description": "Film aus Thüringen über junge Geflüchtete.", "region": "thueringen"}),
    ("gesetz-2015", "Gesetz zur Verbesserung der Unterbringung, Versorgung und Betreuung von ausländischen Kindern und Jugendlichen", [], ["einfuehrung", "bundesweit"], (2015, 10, None), "gesetz", {"region": "bundesweit"}),
    ("vormundschaft", "Vormundschaft von UMF", ["bumf"], ["umf"], None, "themenseite", {"description": "Bestellung, Aufgaben und Rechte: was Vormünder für unbegleitete minderjährige Flüchtlinge tun.", "audiences": ["fachkraefte"]}),
    ("asyl-rieger", "Kindgerechte Ausgestaltung des Asylverfahrens - Eine Bestandsaufnahme", ["dkhw"], ["asylverfahren"], (2019, None, None), "fachbeitrag", {"subtitle": "in: Sammelband Kindgerechte Justiz, S. 58-78"}),
    ("endres", "Die Unsichtbarkeit der Rechte des Kindes im Migrationsrecht. Hürden beim Zugang geflüchteter Kinder zu ihren Rechten", [], ["asylverfahren"], (2022, None, None), "fachbeitrag", {}),
    ("basiswissen-geburt", "Themenseite Schwangerschaft, Geburt und Registrierung von Neugeborenen", ["basiswissen"], ["geburtsurkunde"], (2023, 2, None), "themenseite", {}),
    ("dimr-geburtsurkunde", "Jedes Kind hat das Recht auf eine Geburtsurkunde", ["dimr"], ["geburtsurkunde"], (2022, 3, None), "stellungnahme", {}),
    ("registrieren", "So registrieren Sie ihr neugeborenes Kind - Informationen für Geflüchtete", ["dimr"], ["geburtsurkunde"], (2016, 7, None), "flyer", {"links": [("de", ""), ("en", "How to register your newborn child - information for refugees"), ("fa", ""), ("ar", "")], "audiences": ["eltern"]}),
    ("dijuf-kjsg", "Handreichung zu den Auswirkungen des KJSG mit Fokus auf die Situation junger Geflüchteter und ihrer Familien", ["dijuf", "ism"], ["jugendhilfe"], (2022, 12, None), "arbeitshilfe", {"audiences": ["fachkraefte"]}),
    ("nzfh", "Kompakt: Frühe Hilfen für Familien mit Migrations- und Fluchterfahrung", ["nzfh"], ["jugendhilfe"], (2022, None, None), "arbeitshilfe", {}),
    ("ism-hze", "Junge Menschen mit Fluchtgeschichte in den Hilfen zur Erziehung: die Kinder- und Jugendhilfe zwischen Integrationspotenzialen, Vielfaltsorientierung und Handlungsanforderungen", ["ism"], ["jugendhilfe"], (2020, 6, None), "studie", {"audiences": ["fachkraefte"]}),
    ("aks", "Begleitete minderjährige Geflüchtete haben einen Anspruch auf Jugendhilfeleistungen des SGB VIII", ["aks"], ["jugendhilfe"], (2018, 11, None), "arbeitshilfe", {"audiences": ["fachkraefte"]}),
    ("staerkung", "Stärkung der Kinder- und Jugendhilfe in Flüchtlingsunterkünften", ["bumf", "unicef"], ["jugendhilfe", "unterbringung"], (2017, 7, None), "studie", {}),
    ("kindergeld", "Themenseite Kindergeld für geflüchtete Eltern, unbegleitete Minderjährige und junge Erwachsene", ["basiswissen"], ["kindergeld"], (2023, 2, None), "themenseite", {"audiences": ["eltern"]}),
    ("unicef-leben", "Das ist nicht das Leben. Perspektiven von Kindern und Jugendlichen in Unterkünften für geflüchtete Menschen", ["unicef", "dimr"], ["lebenssituation"], (2023, 8, None), "studie", {}),
    ("baff-box", "Living in a box - Psychosoziale Folgen des Lebens in Sammelunterkünften für geflüchtete Kinder", ["baff"], ["lebenssituation"], (2020, None, None), "studie", {}),
    ("neu-anfangen", "Broschüre „neu anfangen!“", ["bumf"], ["lebenssituation"], (2018, 8, None), "broschuere", {"description": "Junge Geflüchtete, die gemeinsam mit ihren Familien nach Deutschland gekommen sind, finden in dieser Broschüre wichtige Informationen zu ihrer ersten Zeit in Deutschland.", "audiences": ["jugendliche"]}),
    ("dji-ankommen", "Ankommen nach der Flucht. Die Sicht begleiteter und unbegleiteter junger Geflüchteter auf ihre Lebenslagen in Deutschland", ["dji"], ["lebenssituation"], (2017, None, None), "studie", {}),
    ("wartezustand", "Kindheit im Wartezustand - Studie zur Situation von Kindern und Jugendlichen in Flüchtlingsunterkünften in Deutschland", ["unicef", "bumf"], ["lebenssituation"], (2017, 3, None), "studie", {}),
    ("kein-ort", "Kein Ort für Kinder. Perspektiven junger Geflüchteter auf ihre Unterbringung", ["tdh"], ["unterbringung"], (2025, 6, None), "bericht", {"highlighted": True}),
    ("stc-beschwerde", "Handreichung zu kindgerechten Beschwerdewegen im Unterbringungskontext", ["stc"], ["unterbringung"], (2024, 11, None), "arbeitshilfe", {}),
    ("gewaltschutz", "Gewaltschutz in Unterkünften für geflüchtete Menschen - Eine kinderrechtliche Analyse basierend auf einer Befragung der 16 Bundesländer", ["unicef", "dimr"], ["unterbringung"], (2020, 12, None), "studie", {}),
    ("mindeststandards", "Mindeststandards zum Schutz von geflüchteten Menschen in Flüchtlingsunterkünften 2021", ["unicef"], ["unterbringung"], (2021, 4, None), "arbeitshilfe", {}),
    ("abschiebung-schulen", "Themenseite Abschiebungen aus Schulen und Kitas", ["basiswissen"], ["abschiebung"], (2023, 2, None), "themenseite", {}),
    ("handlungsanleitung", "Handlungsanleitung bei drohender Abschiebung eines Kindes oder eines Jugendlichen. Für Erzieher*innen, Schulleitungen, Lehrkräfte", ["frt", "gew"], ["abschiebung"], (2018, 5, None), "arbeitshilfe", {"region": "thueringen", "audiences": ["fachkraefte"]}),
    ("trauma-toolbox", "Trauma - Was tun im Notfall? Toolbox zum Umgang mit herausfordernden Situationen", ["refugio"], ["trauma"], (2024, None, None), "arbeitshilfe", {"region": "thueringen"}),
    ("trauma-schule", "Flucht und Trauma im Kontext Schule. Handbuch für Pädagog*innen", ["unhcr"], ["trauma"], (2023, None, None), "broschuere", {}),
    ("therapie", "Arbeitshilfe zur Beantragung der Kostenübernahmen von Therapie mit minderjährigen Geflüchteten und jungen Volljährigen", ["bumf", "baff"], ["trauma"], None, "arbeitshilfe", {}),
    ("bptk", "Ratgeber für Flüchtlingseltern (Wie helfe ich meinem traumatisierten Kind?)", ["bptk"], ["trauma"], None, "broschuere", {"links": [("de", ""), ("uk", ""), ("ru", ""), ("en", "A Guide for Refugee Parents"), ("ar", ""), ("fa", ""), ("ku", "Daxistin: Rêbera ji bo dê û bavên penaberan")], "audiences": ["eltern"]}),
    ("brj-ankommen", "In Deutschland angekommen, in der Jugendhilfe durchs Raster gefallen – ombudschaftliche Unterstützung für die vergessenen jungen (volljährigen) Geflüchteten", ["brj"], ["grundlagen-lc"], (2024, 7, None), "broschuere", {"target_groups": ["volljaehrige"]}),
    ("18-und-dann", "Themenseite 18 und dann? - Zur Unterstützung junger Geflüchteter mit Beginn der Volljährigkeit", ["basiswissen"], ["grundlagen-lc"], (2023, 2, None), "themenseite", {"target_groups": ["volljaehrige"]}),
    ("jugendberufshilfe", "Jugendberufshilfe für junge Geflüchtete. Eine Orientierungshilfe für Fachkräfte und Begleitpersonen", ["bumf"], ["grundlagen-lc"], (2020, 11, None), "arbeitshilfe", {"audiences": ["fachkraefte"]}),
    ("hilfeplan", "Tipps von Careleavern zum Hilfeplanverfahren", ["careleaver"], ["grundlagen-lc"], (2017, 8, None), "flyer", {"links": [("de", "Tipps von Careleavern zum Hilfeplanverfahren (Deutsch)"), ("fa", "")], "target_groups": ["volljaehrige"], "audiences": ["jugendliche"]}),
    ("leitfaden", "Junge Geflüchtete auf dem Weg in ein eigenverantwortliches Leben begleiten. Ein Leitfaden für Fachkräfte", ["bumf"], ["grundlagen-lc"], (2017, 5, None), "arbeitshilfe", {"audiences": ["fachkraefte"], "target_groups": ["volljaehrige"]}),
    ("werkbuch", "Junge Geflüchtete und Leaving Care: Übergänge gestalten, Wohnungslosigkeit vermeiden. Ein Werkbuch mit Ideen aus Forschung und Praxis", ["ism"], ["uebergaenge"], (2022, 9, None), "arbeitshilfe", {"target_groups": ["volljaehrige"]}),
    ("checkliste", "Checkliste für den Übergang (von Jugendhilfe) zum selbständigen Leben", ["bumf", "traegerkreis"], ["uebergaenge"], (2018, 11, None), "arbeitshilfe", {"links": [("de", "Checkliste (lang)"), ("de", "Checkliste (kurz)")], "target_groups": ["volljaehrige"]}),
    ("pflegekinder", "Junge Gefüchtete beim Übergang ins Erwachsenenleben begleiten. Eine Orientierungshilfe für Fachkräfte und Ehrenamtliche", ["pflegekinder"], ["uebergaenge"], (2018, 4, None), "arbeitshilfe", {"target_groups": ["volljaehrige"]}),
    ("kjsg-themenseite", "Themenseite SGB VIII Reform Kinder- und Jugendstärkungsgesetz (KJSG)", ["bumf"], ["par41"], None, "themenseite", {}),
    ("wiesinger", "Die Gewährungspraxis von § 41 SGB VIII bei jungen volljährigen Geflüchteten - Eine Hilfe zwischen Gnadenakt und Auszugsmanagement?", [], ["par41"], (2019, 11, None), "fachbeitrag", {"target_groups": ["volljaehrige"]}),
    ("dein-gutes-recht", "§ 41 SGB VIII: „Dein gutes Recht: Jugendhilfe bis 21 Jahre!“ Flyer für Jugendliche", ["careleaver", "brj"], ["par41"], None, "flyer", {"target_groups": ["volljaehrige"], "audiences": ["jugendliche"]}),
    ("junge-volljaehrige", "Arbeitshilfe: 18 - und dann? Arbeitshilfe zur Beantragung von Hilfen für junge Volljährige", ["bumf"], ["par41"], (2017, 2, None), "arbeitshilfe", {"target_groups": ["volljaehrige"]}),
    ("megafon", "Dein Megafon – Unabhängige Beratungs- und Ombudsstelle der Jugendhilfe in Thüringen", ["megafon"], ["adressen-th"], None, "adresse", {"region": "thueringen"}),
    ("un-krk", "UN-Kinderrechtskonvention", ["unicef"], ["international"], None, "gesetz", {"region": "international"}),
    ("unhcr-asylantraege", "UNHCR-Richtlinien zum Internationalen Schutz: Asylanträge von Kindern", ["unhcr"], ["international"], (2009, 12, None), "gesetz", {"region": "international"}),
    ("geas-anpassung", "Entwurf eines Gesetzes zur Anpassung des nationalen Rechts an die Reform des Gemeinsamen Europäischen Asylsystems (GEAS-Anpassungsgesetz)", ["bundesrat"], ["geas-gesetz"], (2025, 9, 5), "gesetz", {"region": "bundesweit"}),
    ("geas-sgb", "Das SGB VIII und die GEAS-Reform: Schutz, Versorgung und Vertretung von unbegleiteten geflüchteten Kindern und Jugendlichen", ["tdh", "bumf"], ["geas-stellungnahmen"], (2026, 4, None), "stellungnahme", {"highlighted": True}),
    ("dimr-geas", "Stellungnahme zum Entwurf GEAS-Anpassungsgesetz", ["dimr"], ["geas-stellungnahmen"], (2025, 7, None), "stellungnahme", {}),
    ("hruschka", "Fachgutachten: Kinderrechtliche Aspekte der Reform des Gemeinsamen Europäischen Asylsystem", [], ["geas-stellungnahmen"], (2025, 7, None), "gutachten", {}),
    ("sgb8", "SGB VIII - Achtes Buch - Kinder- und Jugendhilfe", [], ["bundesweit"], None, "gesetz", {"region": "bundesweit"}),
    ("toolbox", "Toolbox Unbegleitete Minderjährige & Asyl", ["bumf"], ["umf"], None, "arbeitshilfe", {"availability_note": "ab Sept. 2026"}),
    ("draft-damaged", "????? ????? ????? ??????? Geburtsurkunde", ["dimr"], ["geburtsurkunde"], None, "flyer", {"published": False}),
]


def load_corpus() -> dict[str, Resource]:
    """Creates the corpus, indexes it and returns the resources by key."""
    sections = {
        slug: Topic.objects.create(name=name, slug=slug, position=pos)
        for slug, (name, pos) in SECTIONS.items()
    }
    topics = dict(sections)
    for position, (slug, (section, name)) in enumerate(TOPICS.items()):
        topics[slug] = Topic.objects.create(
            name=name, slug=slug, parent=sections[section], position=position
        )
    orgs = {
        slug: Organisation.objects.create(
            name=name, slug=slug, short_name=SHORT_NAMES.get(slug, "")
        )
        for slug, name in ORGANISATIONS.items()
    }
    groups = {s: TargetGroup.objects.create(name=n, slug=s) for s, n in TARGET_GROUPS.items()}
    audiences = {s: Audience.objects.create(name=n, slug=s) for s, n in AUDIENCES.items()}
    published_at = timezone.now() - timezone.timedelta(days=1)
    resources = {}
    for key, title, publishers, topic_keys, date, rtype, extra in ENTRIES:
        extra = dict(extra)
        links = extra.pop("links", [("de", "")])
        published = extra.pop("published", True)
        target_groups = extra.pop("target_groups", [])
        resource_audiences = extra.pop("audiences", [])
        year, month, day = date or (None, None, None)
        resource = Resource.objects.create(
            title=title,
            slug=key,
            resource_type=rtype,
            pub_year=year,
            pub_month=month,
            pub_day=day,
            status=Resource.Status.PUBLISHED if published else Resource.Status.DRAFT,
            published_at=published_at if published else None,
            needs_review=not published,
            **extra,
        )
        resource.publishers.set([orgs[o] for o in publishers])
        resource.topics.set([topics[t] for t in topic_keys])
        resource.target_groups.set([groups[g] for g in target_groups])
        resource.audiences.set([audiences[a] for a in resource_audiences])
        for position, (language, label) in enumerate(links):
            ResourceLink.objects.create(
                resource=resource,
                url=f"https://example.org/{key}/{position}-{language}",
                language=language,
                label=label,
                position=position,
            )
        resources[key] = resource
    reindex_resources()
    return resources
