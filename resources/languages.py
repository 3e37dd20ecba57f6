"""Languages of resource links: ISO 639 codes, German names and writing direction.

Codes are what URLs and the API use (`?language=fa`); names are what people read.
"""

from django.utils.translation import gettext_lazy as _

LANGUAGES = {
    "de": _("Deutsch"),
    "en": _("Englisch"),
    "fr": _("Französisch"),
    "ar": _("Arabisch"),
    "fa": _("Farsi (Persisch)"),
    "prs": _("Dari"),
    "ps": _("Paschtu"),
    "ku": _("Kurdisch"),
    "ckb": _("Kurdisch (Sorani)"),
    "tr": _("Türkisch"),
    "uk": _("Ukrainisch"),
    "ru": _("Russisch"),
    "ti": _("Tigrinya"),
    "so": _("Somali"),
    "es": _("Spanisch"),
    "it": _("Italienisch"),
    "pl": _("Polnisch"),
    "ro": _("Rumänisch"),
    "sq": _("Albanisch"),
    "sr": _("Serbisch"),
    "ur": _("Urdu"),
    "mul": _("Mehrsprachig"),
}

LANGUAGE_CHOICES = list(LANGUAGES.items())

# Scripts written right to left: titles in these languages get dir="rtl".
RTL_LANGUAGES = frozenset({"ar", "fa", "prs", "ps", "ckb", "ur"})

# German (and a few English) names as they appear in source texts, mapped to codes.
_NAME_TO_CODE = {
    "deutsch": "de",
    "englisch": "en",
    "english": "en",
    "französisch": "fr",
    "franzoesisch": "fr",
    "arabisch": "ar",
    "farsi": "fa",
    "persisch": "fa",
    "farsi (persisch)": "fa",
    "dari": "prs",
    "paschtu": "ps",
    "paschto": "ps",
    "kurdisch": "ku",
    "kurmandschi": "ku",
    "sorani": "ckb",
    "türkisch": "tr",
    "tuerkisch": "tr",
    "ukrainisch": "uk",
    "russisch": "ru",
    "tigrinya": "ti",
    "tigrinisch": "ti",
    "somali": "so",
    "spanisch": "es",
    "italienisch": "it",
    "polnisch": "pl",
    "rumänisch": "ro",
    "albanisch": "sq",
    "serbisch": "sr",
    "urdu": "ur",
    "mehrsprachig": "mul",
}


def language_code_for_name(name: str) -> str | None:
    """The code for a language name as written in a source text ("Farsi", "arabisch")."""
    return _NAME_TO_CODE.get(name.strip().lower())


def text_direction(code: str) -> str:
    return "rtl" if code in RTL_LANGUAGES else "ltr"
