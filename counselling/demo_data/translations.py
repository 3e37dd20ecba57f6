"""Translations of the demo's counselling texts, one module per language (`translations_en`,
`translations_ar`, `translations_fa`, `translations_uk`).

Written by the development team, machine-assisted, from the German texts alone; no native
speaker was involved, and every translation is stored with "needs review by a native speaker".
They translate exactly what the German says: no facts are added; phone numbers, addresses,
links, the names of institutions and of laws (§ 8a SGB VIII …) stay as they are.

Each language module holds the same tables, keyed the way the loader finds the record:
- `EMERGENCY_NUMBERS`: phone number -> {"description", "hours"}
- `CLIENT_GROUPS`: client group slug -> {"name"}
- `OCCASION_GROUPS`: institution slug -> German group name -> {"name"}
- `OCCASIONS`: institution slug -> occasion slug -> {"name", "description"}
- `ROLES`: institution slug -> role slug -> {"name", "summary", "tasks", "confidentiality"}
- `PRINCIPLES`: institution slug -> German principle name -> {"name", "text", "limits"}
"""

from . import translations_ar, translations_en, translations_fa, translations_uk

LANGUAGE_MODULES = {
    "en": translations_en,
    "ar": translations_ar,
    "fa": translations_fa,
    "uk": translations_uk,
}

# Tables keyed by institution slug first; the others are keyed by the record alone.
BY_INSTITUTION = {"OCCASION_GROUPS", "OCCASIONS", "ROLES", "PRINCIPLES"}
TABLES = ("EMERGENCY_NUMBERS", "CLIENT_GROUPS", *sorted(BY_INSTITUTION))


def demo_translations(table: str) -> dict:
    """`table` of every language, by record: key -> {language: {field: text}}. Keys of the
    institution tables are (institution slug, key)."""
    records: dict = {}
    for language, module in LANGUAGE_MODULES.items():
        entries = getattr(module, table, {})
        if table in BY_INSTITUTION:
            entries = {
                (institution, key): values
                for institution, by_key in entries.items()
                for key, values in by_key.items()
            }
        for key, values in entries.items():
            records.setdefault(key, {})[language] = values
    return records
