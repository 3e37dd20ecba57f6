"""Slugs and import keys: German spelling, stable across runs, renumbering and spellings."""

import hashlib

from resources.linklist.aliases import OrgRef
from resources.linklist.keys import german_slug, import_key_for
from resources.linklist.records import ParsedItem, ParsedLink, Placement

BUMF = OrgRef("Bundesfachverband unbegleitete Minderjährige & Flucht e.V.", "BumF")


def item(title, publishers=(BUMF,), markers=(1,)):
    return ParsedItem(
        title=title,
        line=1,
        last_line=1,
        placements=[Placement("Bereich", None)],
        publishers=list(publishers),
        links=[ParsedLink(marker, 1) for marker in markers],
    )


def test_slugs_spell_umlauts_the_german_way():
    assert german_slug("Unbegleitete Minderjährige") == "unbegleitete-minderjaehrige"
    assert german_slug("Straße & Öffentlichkeit") == "strasse-oeffentlichkeit"
    assert german_slug("González Méndez") == "gonzalez-mendez"


def test_a_slug_is_never_empty_and_never_too_long():
    assert german_slug("????") == "eintrag"
    assert len(german_slug("Wort " * 100)) <= 100
    assert not german_slug("Wort " * 100).endswith("-")


def test_the_key_ignores_markers_case_and_punctuation():
    assert import_key_for(item("Checkliste Übergang", markers=(87,))) == import_key_for(
        item("checkliste: übergang!", markers=(12, 13))
    )


def test_the_key_tells_titles_and_publishers_apart():
    assert import_key_for(item("Checkliste Übergang")) != import_key_for(item("Checkliste"))
    assert import_key_for(item("Checkliste")) != import_key_for(item("Checkliste", ()))


def test_keys_stored_by_earlier_imports_still_match():
    # The key format of every import so far: German transliteration of the title and of the
    # publishers' names without legal form. Changing it would duplicate imported resources.
    stored = hashlib.sha256(
        b"linklist:checklisteuebergang|bundesfachverbandunbegleiteteminderjaehrigeflucht"
    ).hexdigest()[:40]
    assert import_key_for(item("Checkliste Übergang")) == stored
