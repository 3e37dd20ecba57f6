"""One organisation, many spellings: "BuMF e.V.", "BumF e.V.", "B-umF e.V." and "BUMF" are the
same association. The link-list importer resolves every publisher through this table so that
one Organisation results; names not in the table are kept as written (and recognised as a
person or an organisation by their shape).

Add a line here when editors find a new spelling: the key is compared after `org_key()`,
which ignores case, punctuation, "e.V." and "(Hg.)", and folds umlauts the way search does
(`resources.search.analysis.fold`: "ü", "ue" and "u" are one letter).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..search.analysis import fold

PUBLISHER = "publisher"
COUNSELLING = "counselling"
AUTHORITY = "authority"
NETWORK = "network"
AUTHOR = "author"


@dataclass(frozen=True)
class OrgRef:
    """An organisation as the importer will create it."""

    name: str
    short_name: str = ""
    kind: str = PUBLISHER
    region: str = ""


# canonical name, short name, kind, region, spellings (besides name and short name)
_TABLE: list[tuple[str, str, str, str, list[str]]] = [
    (
        "Bundesfachverband unbegleitete Minderjährige & Flucht e.V.",
        "BumF",
        NETWORK,
        "bundesweit",
        [
            "B-umF",
            "BUMF",
            "Bundesfachverband für unbegleitete minderjährige Flüchtlinge e.V.",
            "Bundesfachverband unbegleitete minderjährige Flüchtlinge e.V.",
        ],
    ),
    ("UNICEF", "UNICEF", PUBLISHER, "international", ["Unicef", "UNICEF Deutschland"]),
    ("UNHCR", "UNHCR", PUBLISHER, "international", ["UN-Flüchtlingshilfswerk"]),
    ("UNHCR Österreich", "", PUBLISHER, "international", []),
    (
        "Deutsches Institut für Menschenrechte",
        "DIMR",
        PUBLISHER,
        "bundesweit",
        ["Deutsches Institut für Menschenrechte (DIMR)"],
    ),
    (
        "Deutsches Institut für Jugendhilfe und Familienrecht e.V.",
        "DIJuF",
        NETWORK,
        "bundesweit",
        ["DIJUF"],
    ),
    ("Institut für Sozialpädagogische Forschung Mainz gGmbH", "ISM", PUBLISHER, "", ["ISM"]),
    (
        "Bundesweite Arbeitsgemeinschaft der Psychosozialen Zentren für Flüchtlinge und "
        "Folteropfer e.V.",
        "BAfF",
        NETWORK,
        "bundesweit",
        ["BafF"],
    ),
    (
        "Berliner Rechtshilfefonds Jugendhilfe e.V.",
        "BRJ",
        COUNSELLING,
        "",
        ["BRJ e.V."],
    ),
    (
        "Careleaver Kompetenznetz e.V.",
        "",
        NETWORK,
        "bundesweit",
        [
            "Care Leaver Kompetenznetz",
            "Care leaver Kompetenznetz e.V.",
            "Careleaver Kompetenznetzwerk",
            "Care Leaver Kompetenznetzwerk",
        ],
    ),
    ("terre des hommes Deutschland e.V.", "", PUBLISHER, "", ["Terre des Hommes"]),
    ("Save the Children Deutschland e.V.", "", PUBLISHER, "", ["Save the Children"]),
    ("Deutscher Bundestag", "", AUTHORITY, "bundesweit", ["Bundestag", "Dt. Bundestag"]),
    ("Bundesrat", "", AUTHORITY, "bundesweit", ["Dt. Bundesrat", "Deutscher Bundesrat"]),
    (
        "Bundesministerium für Familie, Senioren, Frauen und Jugend",
        "BMFSFJ",
        AUTHORITY,
        "bundesweit",
        [],
    ),
    (
        "Informationsverbund Asyl und Migration e.V.",
        "asyl.net",
        NETWORK,
        "bundesweit",
        ["Informationsverbund Asyl & Migration"],
    ),
    ("Basiswissen.asyl.net", "", PUBLISHER, "bundesweit", ["basiswissen asyl net"]),
    ("Deutsches Kinderhilfswerk e.V.", "DKHW", PUBLISHER, "bundesweit", []),
    (
        "refugio thüringen e.V.",
        "refugio thüringen",
        COUNSELLING,
        "thueringen",
        ["refugio Thüringen", "refugio thüringen e.V. - Psychosoziales Zentrum für Flüchtlinge"],
    ),
    ("Flüchtlingsrat Thüringen e.V.", "", NETWORK, "thueringen", []),
    ("GEW Thüringen", "", PUBLISHER, "thueringen", []),
    ("Deutsches Jugendinstitut e.V.", "DJI", PUBLISHER, "bundesweit", []),
    ("Nationales Zentrum Frühe Hilfen", "NZFH", PUBLISHER, "bundesweit", []),
    (
        "Bundespsychotherapeutenkammer",
        "BPtK",
        PUBLISHER,
        "bundesweit",
        ["Bundespsychotherapeutenkammer (BPtK)"],
    ),
    (
        "Arbeitsgemeinschaft für Kinder- und Jugendhilfe",
        "AGJ",
        NETWORK,
        "bundesweit",
        ["AGJ - Arbeitsgemeinschaft für Kinder- und Jugendhilfe"],
    ),
    ("Trägerkreis Junge Flüchtlinge e.V.", "", NETWORK, "", []),
    ("Kompetenzzentrum Pflegekinder e.V.", "", PUBLISHER, "bundesweit", []),
    ("JUMEN e.V.", "", PUBLISHER, "", []),
    ("Verfassungsblog", "", PUBLISHER, "", ["Verfassungsblog.de"]),
    ("DRK-Landesverband Bayern", "DRK Bayern", PUBLISHER, "", []),
    (
        "LAG Kinder- und Jugendschutz Thüringen e.V.",
        "LAG Kinder- und Jugendschutz",
        NETWORK,
        "thueringen",
        [],
    ),
    (
        "Deutscher Kinderschutzbund Landesverband Thüringen e.V.",
        "Kinderschutzbund Thüringen",
        COUNSELLING,
        "thueringen",
        ["Deutscher Kinderschutzbund e.V. - Landesverband Thüringen"],
    ),
    (
        "Jugendmigrationsdienste (JMD) in Thüringen",
        "JMD Thüringen",
        COUNSELLING,
        "thueringen",
        [],
    ),
    ("Careleaver-Zentrum Thüringen", "", COUNSELLING, "thueringen", []),
    ("Dein Megafon", "", COUNSELLING, "thueringen", []),
    ("AKS", "", PUBLISHER, "", []),
    # Personal authors: same name, same Organisation of kind "author".
    ("González Méndez de Vigo", "", AUTHOR, "", ["Gonzalez Mendez de Vigo"]),
    ("Irmela Wiesinger", "", AUTHOR, "", []),
    ("Endres de Oliveira", "", AUTHOR, "", []),
    ("Prof. C. Hruschka", "", AUTHOR, "", ["C. Hruschka"]),
    ("R. Nestler", "", AUTHOR, "", []),
]

_NOISE = re.compile(
    r"\b(e\.\s*v\.|ggmbh|gmbh|\(hg\.\)|\(hrsg\.\)|hg\.|hrsg\.|u\.\s*a\.|\(u\.\s*a\.\))",
    re.IGNORECASE,
)


def strip_legal_form(name: str) -> str:
    """The name without "e.V.", "gGmbH", "(Hg.)", "u. a." and the like."""
    return _NOISE.sub(" ", name)


def org_key(name: str) -> str:
    """Comparison key for organisation names: "B-umF e.V." and "BUMF" both give "bumf"."""
    return re.sub(r"[^a-z0-9]", "", fold(strip_legal_form(name)))


_BY_KEY: dict[str, OrgRef] = {}
for _name, _short, _kind, _region, _aliases in _TABLE:
    _ref = OrgRef(_name, _short, _kind, _region)
    for _spelling in [_name, _short, *_aliases]:
        if _spelling:
            _BY_KEY.setdefault(org_key(_spelling), _ref)


def known_organisation(name: str) -> OrgRef | None:
    return _BY_KEY.get(org_key(name))


_ORG_WORDS = re.compile(
    r"(e\.\s?V\.|gGmbH|GmbH|Institut|Verband|verband|Verein|Bund|bund|Rat\b|rat\b|Kammer|kammer|"
    r"Zentrum|zentrum|Netz|netz|Stiftung|Hilfswerk|Ministerium|Landes|Arbeitsgemeinschaft|"
    r"Kreis|kreis|Dienst|dienst|Children|Hommes|\.net\b|\.de\b|\.org\b|Amt\b|amt\b|Behörde|"
    r"Universität|Hochschule|Initiative|Netzwerk|Gesellschaft)"
)
_ACRONYM = re.compile(r"^[A-ZÄÖÜ][A-Za-zÄÖÜäöü]*[A-ZÄÖÜ][A-Za-zÄÖÜäöü]*$")
_PERSON_PART = re.compile(
    r"^(?:(?:Prof\.|Dr\.|[A-ZÄÖÜ]\.)\s+)*"
    r"[A-ZÄÖÜÁÉÍÓÚ][a-zäöüßáéíóúñ]+(?:\s+(?:(?:de|von|van|del|da|zu)\s+)?"
    r"[A-ZÄÖÜÁÉÍÓÚ][a-zäöüßáéíóúñ]+){0,3}$"
)


def looks_like_organisation(name: str) -> bool:
    name = name.strip()
    if not name or len(name) > 120:
        return False
    if known_organisation(name):
        return True
    if _ORG_WORDS.search(name):
        return True
    first = name.split()[0]
    return bool(_ACRONYM.match(first)) and len(name.split()) <= 6


def looks_like_person(name: str, *, several: bool = False) -> bool:
    """ "Wiesner", "González Méndez de Vigo", "Prof. C. Hruschka". Alone, two capitalised
    words could as well be a label ("Datenbank Rechtsprechung"): unless the name stands in a
    list of names ("Wiesner/Loos"), it needs an initial, a title or a particle to count."""
    name = name.strip()
    if not _PERSON_PART.match(name):
        return False
    return several or bool(re.search(r"(^|\s)(Prof\.|Dr\.|[A-Z]\.|de|von|van|del|da|zu)\s", name))


def resolve(name: str, *, person: bool = False) -> OrgRef:
    """The canonical organisation for a publisher name as written in a source."""
    name = re.sub(r"\s+", " ", name).strip(" ,;/")
    known = known_organisation(name)
    if known:
        return known
    cleaned = re.sub(r"\s*\((?:Hg|Hrsg)\.\)", "", name).strip()
    cleaned = re.sub(r"\be\.\s+V\.", "e.V.", cleaned)
    return OrgRef(cleaned, "", AUTHOR if person else PUBLISHER, "")
