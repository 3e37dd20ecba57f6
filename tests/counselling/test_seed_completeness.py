"""The demo content against the seed texts: everything the concept states is in the data,
and everything the data claims to quote is really in the seed."""

import datetime
import re

import pytest

from counselling.demo_data import school, thuringia
from counselling.guide import build_guide
from counselling.models import (
    ConfidentialityRule,
    LegalBasis,
    Occasion,
    Principle,
    ReferralPath,
    Role,
)
from resources.models import Organisation

from .conftest import normalise

pytestmark = pytest.mark.django_db


def section(text: str, start: str, end: str) -> str:
    begin = text.index(start) + len(start)
    return text[begin : text.index(end, begin)]


def bullet_items(block: str) -> list[str]:
    return [
        line.strip()[2:].strip() for line in block.splitlines() if line.strip().startswith("- ")
    ]


# --- Every quote is in the seed ---------------------------------------------------------------


def test_every_school_quote_appears_verbatim_in_the_seed(demo_loaded, school_seed):
    seed = normalise(school_seed)
    institution = demo_loaded["school"]
    quoted = [
        *Role.objects.filter(institution=institution),
        *Occasion.objects.filter(institution=institution),
        *ReferralPath.objects.filter(from_role__institution=institution),
        *Principle.objects.filter(institution=institution),
        *LegalBasis.objects.filter(institution=institution),
    ]
    missing_quote = [str(obj) for obj in quoted if not obj.source_quote]
    assert missing_quote == [], "every school entry must rest on words of the concept"
    not_in_seed = [
        (str(obj), obj.source_quote) for obj in quoted if normalise(obj.source_quote) not in seed
    ]
    assert not_in_seed == []


def test_every_network_quote_appears_in_the_resource_seed(demo_loaded, resource_seed):
    seed = normalise(resource_seed)
    network = demo_loaded["network"]
    quotes = [
        obj.source_quote
        for obj in [
            *Role.objects.filter(institution=network),
            *Principle.objects.filter(institution=network),
            *LegalBasis.objects.filter(institution=network),
        ]
        if obj.source_quote
    ]
    assert len(quotes) >= 6
    assert [q for q in quotes if normalise(q) not in seed] == []


# --- Roles ------------------------------------------------------------------------------------

# Every bold heading of section 4 ("Personen ... und ihre Aufgaben") and the team of section 5,
# mapped to the roles that model it. A heading the mapping does not know fails the test.
SECTION_4_HEADINGS = {
    "Fachlehrkräfte": ["fachlehrkraefte"],
    "Klassenlehrkräfte": ["klassenlehrkraefte"],
    "Lehrkräfte mit besonderen Funktionsaufgaben": ["funktionslehrkraefte"],
    "SV – Beratungslehrkräfte": ["sv-beratungslehrkraft"],
    "Schülerversretung /Elternvertretung": ["schuelervertretung", "elternvertretung"],
    "Spezifikation der Beratungslehrkräfte": ["beratungslehrkraft", "beratungsteam"],
    "Spezifikation Team Schulsozialarbeit": ["schulsozialarbeit"],
    "Spezifikation der Inklusionsberatung": ["mobile-dienste", "schubus"],
    "Spezifikation SchuBuS": ["schubus"],
    "Spezifikation des Präventions- und Interventionsteams (PIT)": ["pit"],
    "Spezifikation „Deine Chance“:": ["deine-chance"],
}


def test_every_person_heading_of_the_concept_is_a_role(demo_loaded, school_seed):
    block = section(school_seed, "4. Personen des Beratungs", "5. Team Beratung")
    headings = re.findall(r"^- \*\*(.+?)\*\*", block, flags=re.MULTILINE)
    assert set(headings) == set(SECTION_4_HEADINGS), "a person heading of the seed is not mapped"
    slugs = set(
        Role.objects.filter(institution=demo_loaded["school"]).values_list("slug", flat=True)
    )
    for heading in headings:
        for slug in SECTION_4_HEADINGS[heading]:
            assert slug in slugs, f"{heading} → {slug} missing"


def test_teams_have_the_members_the_concept_lists(demo_loaded):
    roles = {r.slug: r for r in Role.objects.filter(institution=demo_loaded["school"])}
    members = lambda slug: {m.slug for m in roles[slug].members.all()}  # noqa: E731
    # "Team Beratung (Schulleitung, BL, SSA, PIT, Mediatoren)"
    assert members("team-beratung") == {
        "schulleitung",
        "beratungslehrkraft",
        "schulsozialarbeit",
        "pit",
        "mediatorinnen",
    }
    # "Der Schulsozialarbeiter bildet zusammen mit den Beratungslehrkräften und dem ... (PIT)"
    assert members("beratungs-und-praeventionsteam") == {
        "schulsozialarbeit",
        "beratungslehrkraft",
        "pit",
    }
    # "die Beratungslehrkraft, ausgebildete Mediatorinnen, der Sozialpädagoge" (schulintern)
    assert members("beratungsteam") == {"beratungslehrkraft", "mediatorinnen", "schulsozialarbeit"}


PARTNERS = {
    "den Schulen": "andere-schulen",
    "der Berufsberatung": "berufsberatung",
    "dem ProAktivCenter": "proaktivcenter",
    "dem Jugendamt": "jugendamt",
    "Stephansstift als Sozialraumpartner": "stephansstift",
    "der Erziehungsberatungsstelle": "erziehungsberatungsstelle",
    "dem Gesundheitsamt": "gesundheitsamt",
    "den Kirchen": "kirchen",
    "der Arbeitsagentur": "arbeitsagentur",
    "der Polizei": "polizei",
    "der Feuerwehr": "feuerwehr",
    "den örtlichen Betrieben und Verwaltungen": "betriebe-verwaltungen",
}


def test_every_external_cooperation_partner_is_an_external_role(demo_loaded, school_seed):
    sentence = re.search(r"Kooperation u\.a\. mit (.+?) ggf\. nötig werden", normalise(school_seed))
    partners = [p.strip() for p in sentence.group(1).split(",")]
    assert set(partners) == set(PARTNERS)
    roles = {r.slug: r for r in Role.objects.filter(institution=demo_loaded["school"])}
    for partner in partners:
        assert roles[PARTNERS[partner]].kind == Role.Kind.EXTERNAL, partner
    # Section 6, first and second item, and the external partners named elsewhere.
    for slug in [
        "kommunale-beratungsstellen",
        "lernhilfe",
        "therapeutische-praxen",
        "schulpsychologie",
        "schubus",
        "mobile-dienste",
        "deine-chance",
        "praeventionsanbieter",
        "akteure-berufliche-bildung",
    ]:
        assert roles[slug].kind == Role.Kind.EXTERNAL, slug


def test_rooms_times_and_qualifications_from_the_concept(demo_loaded):
    roles = {r.slug: r for r in Role.objects.filter(institution=demo_loaded["school"])}
    assert "B 0.05" in roles["beratungslehrkraft"].location
    assert "zweijährig ausgebildet" in roles["beratungslehrkraft"].qualification.lower()
    assert "drei Verlagerungsstunden" in roles["beratungslehrkraft"].qualification
    assert "E1.05" in roles["schulsozialarbeit"].location
    assert "nach und während des unterrichts" in roles["schulsozialarbeit"].availability.lower()
    assert "B0.04" in roles["klassenlehrkraefte"].location
    assert "Elternsprechtage" in roles["klassenlehrkraefte"].availability
    assert "Büro" in roles["deine-chance"].location
    assert "Celle" in roles["schulpsychologie"].location
    assert "mindestens vier Personen" in roles["pit"].qualification
    assert "Teamstunde" in roles["team-beratung"].availability
    assert roles["schubus"].website == "http://www.schubus-heidekreis.de/"
    # Three task areas of the counselling teacher.
    for area in ["Schullaufbahnberatung", "Einzelfallhilfe", "Systemberatung"]:
        assert area in roles["beratungslehrkraft"].tasks


def test_whom_roles_serve_follows_the_concept(demo_loaded):
    roles = {r.slug: r for r in Role.objects.filter(institution=demo_loaded["school"])}
    serves = lambda slug: {g.slug for g in roles[slug].serves.all()}  # noqa: E731
    # "Sie ist an der Schule Ansprechpartner für Schülerinnen und Schüler, Eltern, Lehrkräfte
    # und Schulleitung."
    assert {"schueler", "eltern", "lehrkraefte", "schulleitung"} <= serves("beratungslehrkraft")
    # SSA: "Schülerinnen und Schüler / Eltern / Lehrerinnen und Lehrer (incl. Schulleitung)"
    assert {"schueler", "eltern", "lehrkraefte", "schulleitung"} <= serves("schulsozialarbeit")
    # "Deine Chance": "SuS, Eltern und Lehrkräften"
    assert serves("deine-chance") == {"schueler", "eltern", "lehrkraefte"}


# --- Occasions --------------------------------------------------------------------------------


# The seed's list of occasions ("Beratungsanlässe können sein:"); items that join two
# concerns are modelled as two occasions, so a reader finds each under its own name.
LISTED_OCCASIONS = {
    "Probleme mit dem Lernen": ["lernen"],
    "Probleme mit anderen Menschen in der Schule": ["probleme-mit-anderen"],
    "Probleme im familiären Umfeld und in der persönlichen Entwicklung": [
        "familie",
        "persoenliche-entwicklung",
    ],
    "Vermittlung und Begleitung in außerschulische Beratungsstellen": [
        "ausserschulische-beratung",
    ],
    "Fragen der Schullaufbahn und der Berufsfindung": ["schullaufbahn", "berufsfindung"],
    "Konfliktmoderation und Vorbereitung auf Krisenintervention": ["konfliktmoderation", "krise"],
    "Probleme im Umgang mit Mitschülerinnen und -schülern und Eltern": [
        "umgang-mitschueler-eltern",
    ],
}


def test_every_listed_occasion_of_the_concept_is_an_occasion(demo_loaded, school_seed):
    listed = bullet_items(section(school_seed, "Beratungsanlässe können sein:", "Erfolgskriterien"))
    assert set(listed) == set(LISTED_OCCASIONS)
    occasions = {o.slug: o for o in Occasion.objects.filter(institution=demo_loaded["school"])}
    for item in listed:
        for slug in LISTED_OCCASIONS[item]:
            assert slug in occasions, f"{item} → {slug}"
    for occasion in occasions.values():
        assert occasion.roles.exists(), f"no role accepts {occasion}"
    # The counselling teacher and the team handle every listed occasion.
    bl = Role.objects.get(institution=demo_loaded["school"], slug="beratungslehrkraft")
    accepted = set(bl.occasions.values_list("slug", flat=True))
    assert {slug for slugs in LISTED_OCCASIONS.values() for slug in slugs} <= accepted


SSA_THEMES = {
    "Schulprobleme": "schulprobleme",
    "Probleme in Beziehungen und Interaktionen": "probleme-mit-anderen",
    "Probleme im familiären Umfeld": "familie",
    "Unterstützung bei der Persönlichkeitsfindung von Jugendlichen": "persoenliche-entwicklung",
    "Unterstützung bei persönlichen Entscheidungsprozessen": "persoenliche-entwicklung",
    "Vermitteln und Begleiten in außerschulische Beratungsstellen": "ausserschulische-beratung",
    "Hilfe bei der Berufsfindung": "berufsfindung",
    "Konfliktmoderation und/oder Mediation": "konfliktmoderation",
}


def test_school_social_work_accepts_every_theme_the_concept_lists(demo_loaded, school_seed):
    themes = bullet_items(section(school_seed, "um Themen gehen wie:", "Setting:"))
    assert set(themes) == set(SSA_THEMES)
    ssa = Role.objects.get(institution=demo_loaded["school"], slug="schulsozialarbeit")
    accepted = set(ssa.occasions.values_list("slug", flat=True))
    assert {SSA_THEMES[t] for t in themes} <= accepted


@pytest.mark.parametrize(
    ("occasion", "role", "seed_words"),
    [
        ("mobbing", "pit", "in Mobbing-situationen niedrigschwellige und zeitnahe Hilfe"),
        ("schulpflicht", "deine-chance", "Hilfen bei Problemen mit der Schulpflichterfüllung"),
        ("verhalten", "schubus", "ausschließlich den Bereich des Verhaltens"),
        ("sonderpaedagogik", "mobile-dienste", "Sehen, Hören, Körperlich/Motorische Entwicklung"),
        ("schwere-stoerungen", "schulpsychologie", "wenn schwere Störungen vermutet werden"),
        ("lrs-dyskalkulie", "funktionslehrkraefte", "(z.B. LRS, Dyskalkulie)"),
        ("praevention", "praeventionsanbieter", "stellt Kontakte zu externen Anbietern her"),
        ("berufsfindung", "schulsozialarbeit", "Beratung zum Thema Übergang Schule-Beruf"),
        ("vertretung", "schuelervertretung", "eine Anlaufstelle für Schüler"),
    ],
)
def test_specialised_offers_accept_their_occasion(
    demo_loaded, school_seed, occasion, role, seed_words
):
    assert seed_words in school_seed
    role = Role.objects.get(institution=demo_loaded["school"], slug=role)
    assert role.occasions.filter(slug=occasion).exists()


# --- Principles, legal basis, adoption ------------------------------------------------------


def test_principles_and_their_limits(demo_loaded, school_seed):
    principles = {p.name: p for p in Principle.objects.filter(institution=demo_loaded["school"])}
    for name in [
        "Freiwilligkeit",
        "Vertraulichkeit und Schweigepflicht",
        "Unabhängigkeit",
        "Eigenverantwortung",
        "Trennung von Beratung und Ordnungsmaßnahmen",
        "Hilfe zur Selbsthilfe",
    ]:
        assert name in principles
    limits = principles["Vertraulichkeit und Schweigepflicht"].limits
    assert "§ 8a SGB VIII" in limits
    assert "§ 4 KKG" in limits
    assert "Einschränkung:" in school_seed
    assert principles["Trennung von Beratung und Ordnungsmaßnahmen"].limits


def test_every_legal_basis_of_the_concept_with_its_date(demo_loaded, school_seed):
    bullets = bullet_items(section(school_seed, "folgende Erlasse:", "1. Allgemeine Ziele"))
    assert len(bullets) == 10
    bases = list(LegalBasis.objects.filter(institution=demo_loaded["school"]))
    for bullet in bullets:
        covering = [b for b in bases if normalise(b.source_quote) in normalise(bullet)]
        assert covering, f"no legal basis for: {bullet[:60]}"
    # The seed's first dated item of each bullet ("vom 8.4.2004", "v. 14.10.2010", ...) is the
    # basis's date.
    dates = {b.issued_on for b in bases}
    for day, month, year in [
        (8, 4, 2004),
        (28, 6, 2007),
        (17, 11, 2006),
        (16, 3, 2004),
        (25, 1, 1994),
        (3, 3, 1998),
        (23, 3, 2012),
        (14, 10, 2010),
    ]:
        assert datetime.date(year, month, day) in dates
    assert any(b.date_text == "März 2008" for b in bases)
    abbreviations = {b.statute_abbreviation: b.provisions for b in bases if b.statute_abbreviation}
    assert abbreviations == {"SGB VIII": "§ 8a", "KKG": "§ 4", "NSchG": "§ 4 [Inklusive Schule]"}
    order = next(b for b in bases if b.kind == LegalBasis.Kind.ORDER)
    assert "31.12.2006" in order.note


def test_adoption_date_and_body_come_from_the_seed(demo_loaded, school_seed):
    day, month, year = re.search(
        r"Verabschiedet auf der Gesamtkonferenz am (\d+)\.(\d+)\.(\d{4})", school_seed
    ).groups()
    institution = demo_loaded["school"]
    assert institution.adopted_on == datetime.date(int(year), int(month), int(day))
    assert institution.adopted_by == "Gesamtkonferenz"
    assert "Schulvorstand" in institution.review_note
    assert institution.next_review_after(datetime.date(2026, 11, 23)) == datetime.date(2027, 9, 25)


# --- Referral paths the text states -----------------------------------------------------------


def path(institution, source, target, occasion=None):
    paths = ReferralPath.objects.filter(
        from_role__institution=institution, from_role__slug=source, to_role__slug=target
    )
    if occasion:
        paths = [
            p
            for p in paths
            if not p.occasions.exists() or p.occasions.filter(slug=occasion).exists()
        ]
    return list(paths)


STATED_REFERRALS = [
    # (from, to, occasion, words of the seed that state it)
    (
        "beratungslehrkraft",
        "schulsozialarbeit",
        "familie",
        "Vermittlung an andere interne oder externe Personen",
    ),
    (
        "beratungslehrkraft",
        "schulpsychologie",
        "schwere-stoerungen",
        "der erste Ansprechpartner bei Problemen",
    ),
    (
        "schulsozialarbeit",
        "schulpsychologie",
        None,
        "kollegialen Fallbesprechungsrunden (Supervision) mit der Schulpsychologie",
    ),
    (
        "beratungslehrkraft",
        "schulpsychologie",
        None,
        "Supervision oder Fallbesprechungsgruppen mit der zuständigen Schulpsychologie",
    ),
    ("beratungslehrkraft", "schubus", "verhalten", "über die Schulleitung oder das Beratungsteam"),
    ("schulleitung", "schubus", "verhalten", "über die Schulleitung oder das Beratungsteam"),
    ("beratungsteam", "schubus", "verhalten", "über die Schulleitung oder das Beratungsteam"),
    (
        "schulleitung",
        "mobile-dienste",
        "sonderpaedagogik",
        "über die überregionalen mobilen Dienste der NLschB",
    ),
    (
        "klassenlehrkraefte",
        "therapeutische-praxen",
        "verhalten",
        "Gespräche mit therapeutischen Einrichtungen",
    ),
    ("klassenlehrkraefte", "lernhilfe", "lernen", "oder Nachhilfestellen"),
    ("elternvertretung", "klassenlehrkraefte", None, "setzt sich mit dem Klassenlehrer"),
    ("elternvertretung", "schulleitung", None, "oder der Schulleitung in Verbindung"),
    (
        "schulsozialarbeit",
        "kommunale-beratungsstellen",
        "familie",
        "Kontakte und Verbindungen zu externen Beratungseinrichtungen",
    ),
    (
        "schulsozialarbeit",
        "akteure-berufliche-bildung",
        "berufsfindung",
        "stellt Kontakte zu anderen Akteuren der schulischen Berufsbildung her",
    ),
    (
        "schulsozialarbeit",
        "praeventionsanbieter",
        "praevention",
        "stellt Kontakte zu externen Anbietern her",
    ),
    ("schulsekretariat", "schulpsychologie", None, "Kontaktdaten sind über Schulsekretariat"),
    ("fachlehrkraefte", "beratungslehrkraft", None, "auf weitere Beratungsangebote verweisen"),
]


@pytest.mark.parametrize(("source", "target", "occasion", "words"), STATED_REFERRALS)
def test_every_referral_the_concept_states_is_a_path(
    demo_loaded, school_seed, source, target, occasion, words
):
    assert words in normalise(school_seed)
    assert path(demo_loaded["school"], source, target, occasion), f"{source} → {target} missing"


def test_schubus_is_reached_through_school_leadership_or_counselling_team(demo_loaded):
    (found,) = path(demo_loaded["school"], "beratungslehrkraft", "schubus")
    assert found.via_note == "über die Schulleitung oder das Beratungsteam"
    assert {r.slug for r in found.via_roles.all()} == {"schulleitung", "beratungsteam"}
    assert found.confidentiality_rule == ConfidentialityRule.CONSENT


def test_school_psychology_is_contacted_through_office_or_leadership(demo_loaded):
    found = [
        p
        for p in path(demo_loaded["school"], "beratungslehrkraft", "schulpsychologie")
        if p.confidentiality_rule == ConfidentialityRule.CONSENT
    ]
    assert len(found) == 1
    assert {r.slug for r in found[0].via_roles.all()} == {"schulsekretariat", "schulleitung"}
    assert "schwere Störungen" in found[0].condition
    anonymised = [
        p
        for p in path(demo_loaded["school"], "beratungslehrkraft", "schulpsychologie")
        if p.confidentiality_rule == ConfidentialityRule.ANONYMISED
    ]
    assert len(anonymised) == 1


def test_child_protection_is_a_staged_procedure(demo_loaded):
    institution = demo_loaded["school"]
    for source in ["klassenlehrkraefte", "beratungslehrkraft", "schulsozialarbeit"]:
        (first,) = path(institution, source, "insoweit-erfahrene-fachkraft", "kindeswohl")
        second = [p for p in path(institution, source, "jugendamt", "kindeswohl") if p.step]
        assert first.step == 1
        assert first.confidentiality_rule == ConfidentialityRule.ANONYMISED
        assert second[0].step == 2
        assert second[0].confidentiality_rule == ConfidentialityRule.DUTY_TO_INFORM


def test_every_path_leaving_the_school_names_a_confidentiality_rule(demo_loaded):
    for found in ReferralPath.objects.filter(from_role__institution=demo_loaded["school"]):
        assert found.confidentiality_rule, str(found)


# --- Guide walks for occasions a reader of the concept would try ----------------------------


def walk(institution, occasion_slug):
    occasion = Occasion.objects.get(institution=institution, slug=occasion_slug)
    guide = build_guide(institution=institution, occasion=occasion)
    return guide, [root.role.slug for root in guide.roots], {n.role.slug for n in guide.nodes()}


@pytest.mark.parametrize(
    ("occasion", "first", "reachable"),
    [
        ("mobbing", {"klassenlehrkraefte", "beratungslehrkraft", "pit"}, {"pit"}),
        (
            "familie",
            {"klassenlehrkraefte", "schulsozialarbeit"},
            {"kommunale-beratungsstellen", "erziehungsberatungsstelle"},
        ),
        (
            "berufsfindung",
            {"schulsozialarbeit", "beratungslehrkraft"},
            {"berufsberatung", "proaktivcenter", "arbeitsagentur"},
        ),
        ("schulpflicht", {"klassenlehrkraefte", "deine-chance"}, {"deine-chance"}),
        ("schwere-stoerungen", {"beratungslehrkraft", "schulsozialarbeit"}, {"schulpsychologie"}),
        (
            "verhalten",
            {"schubus", "klassenlehrkraefte"},
            {"schubus", "schulpsychologie", "therapeutische-praxen"},
        ),
        ("sonderpaedagogik", {"beratungslehrkraft"}, {"mobile-dienste"}),
        (
            "kindeswohl",
            {"klassenlehrkraefte", "beratungslehrkraft", "schulsozialarbeit", "jugendamt"},
            {"insoweit-erfahrene-fachkraft", "jugendamt"},
        ),
        ("lrs-dyskalkulie", {"funktionslehrkraefte"}, {"beratungslehrkraft", "lernhilfe"}),
        ("konfliktmoderation", {"mediatorinnen", "beratungslehrkraft"}, {"mediatorinnen"}),
    ],
)
def test_guide_walks_from_first_contacts_to_the_offers_the_concept_names(
    demo_loaded, occasion, first, reachable
):
    _, roots, nodes = walk(demo_loaded["school"], occasion)
    assert first <= set(roots)
    assert reachable <= nodes
    # Roles reachable only through a path are not offered as a first contact.
    assert "schulpsychologie" not in roots
    assert "insoweit-erfahrene-fachkraft" not in roots


# --- The Thuringian network ------------------------------------------------------------------

NETWORK_NAMES_IN_SEED = {
    "careleaver-zentrum": "Careleaver-Zentrum Thüringen",
    "dein-megafon": (
        "Dein Megafon – Unabhängige Beratungs- und Ombudsstelle der Jugendhilfe in Thüringen"
    ),
    "kinderschutzbund": "Landesverband Thüringen",
    "jmd": "Jugendmigrationsdienste (JMD) in Thüringen",
    "kinder-jugendschutzdienste": "Kinder- und Jugendschutzdienste im Freistaat Thüringen",
    "refugio": "refugio thüringen e.V. - Psychosoziales Zentrum für Flüchtlinge",
}


def test_every_thuringian_address_is_a_role_linked_to_the_library(demo_loaded, resource_seed):
    seed = normalise(resource_seed)
    roles = {r.slug: r for r in Role.objects.filter(institution=demo_loaded["network"])}
    assert set(roles) == set(NETWORK_NAMES_IN_SEED)
    for slug, name in NETWORK_NAMES_IN_SEED.items():
        assert name in seed
        assert roles[slug].organisation is not None
        assert roles[slug].organisation.kind in {
            Organisation.Kind.COUNSELLING,
            Organisation.Kind.NETWORK,
            Organisation.Kind.PUBLISHER,
        }
    assert "Editorial" not in demo_loaded["network"].editorial_note
    assert "redaktion" in demo_loaded["network"].editorial_note.lower()


def test_network_reuses_organisations_the_resource_import_created(db):
    import io

    from counselling import demo

    existing = Organisation.objects.create(
        name="Careleaver-Zentrum Thüringen",
        slug="careleaver-zentrum-thueringen",
        kind="counselling",
    )
    demo.load(stdout=io.StringIO())
    role = Role.objects.get(slug="careleaver-zentrum")
    assert role.organisation == existing
    assert Organisation.objects.filter(name__startswith="Careleaver-Zentrum").count() == 1


def test_demo_data_modules_quote_the_seed_they_claim(school_seed):
    """Guards the data files themselves, before anything is loaded."""
    seed = normalise(school_seed)
    for role in school.DATA["roles"]:
        assert normalise(role["quote"]) in seed, role["slug"]
    assert thuringia.DATA["kind"] == "network"


def test_every_demo_entry_passes_model_validation(demo_loaded):
    """Length limits and choices hold on every database (SQLite does not enforce them)."""
    for model in (Role, Occasion, ReferralPath, Principle, LegalBasis):
        for obj in model.objects.all():
            obj.full_clean(validate_unique=False, validate_constraints=False)
    for institution in demo_loaded.values():
        institution.full_clean()


def test_network_guide_for_trauma_and_leaving_care(demo_loaded):
    network = demo_loaded["network"]
    guide, roots, _ = walk(network, "trauma")
    assert {"refugio", "jmd"} <= set(roots)
    jmd = next(r for r in guide.roots if r.role.slug == "jmd")
    assert [c.role.slug for c in jmd.children] == ["refugio"]
    guide, roots, _ = walk(network, "leaving-care")
    assert {"careleaver-zentrum", "dein-megafon", "jmd"} <= set(roots)
    # Careleaver-Zentrum and Dein Megafon refer to each other: shown, never expanded twice.
    careleaver = next(r for r in guide.roots if r.role.slug == "careleaver-zentrum")
    to_megafon = next(c for c in careleaver.children if c.role.slug == "dein-megafon")
    assert to_megafon.repeat == "seen"
    assert to_megafon.children == []


def test_loading_the_demo_twice_changes_nothing(demo_loaded):
    import io

    from counselling import demo

    models = (Role, Occasion, ReferralPath, Principle, LegalBasis, Organisation)
    before = {model: model.objects.count() for model in models}
    Role.objects.filter(slug="pit").update(summary="Von der Redaktion geändert")
    demo.load(stdout=io.StringIO())
    assert {model: model.objects.count() for model in models} == before
    assert Role.objects.get(slug="pit").summary == "Von der Redaktion geändert"
