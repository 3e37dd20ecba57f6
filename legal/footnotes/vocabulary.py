"""The words of amendment notes: verbs and their operations, structure levels, abbreviations.

Operation vocabulary after LEGAL.md (lesson 2): insertion, substitution, repeal, renumbering and
generic change. "zuletzt geändert" is an attribute of the note, not an operation.
"""

import re

# Longest phrases first in the pattern, so "neu eingefügt" wins over "eingefügt".
VERBS = {
    "neu eingefügt": "insertion",
    "wieder eingefügt": "insertion",
    "neu gefasst": "substitution",
    "neugefasst": "substitution",
    "umbenannt in": "renumbering",
    "umnummeriert in": "renumbering",
    "ersetzt durch": "substitution",
    "eingefügt": "insertion",
    "angefügt": "insertion",
    "zugefügt": "insertion",
    "hinzugefügt": "insertion",
    "aufgehoben": "repeal",
    "entfallen": "repeal",
    "gestrichen": "repeal",
    "geändert": "change",
    "ergänzt": "change",
    "berichtigt": "change",
    "ersetzt": "substitution",
    # "bisheriger § 2 wird § 4", "bisherige Absätze 2 und 3 werden Absätze 3 und 4"
    "wird": "renumbering",
    "werden": "renumbering",
}
RENAMING_VERBS = frozenset({"umbenannt in", "umnummeriert in", "ersetzt durch", "wird", "werden"})
# Case-sensitive (faster), but a note may start with a capitalised verb ("Aufgehoben durch …").
VERB_PATTERN = "|".join(
    f"[{v[0].upper()}{v[0]}]" + re.escape(v[1:]).replace(r"\ ", r"\s+")
    for v in sorted(VERBS, key=len, reverse=True)
)

LEVELS = {
    "absatz": "absatz",
    "absätze": "absatz",
    "abs.": "absatz",
    "satz": "satz",
    "sätze": "satz",
    "s.": "satz",
    "nummer": "nummer",
    "nummern": "nummer",
    "nr.": "nummer",
    "nrn.": "nummer",
    "ziffer": "nummer",
    "ziff.": "nummer",
    "buchstabe": "buchstabe",
    "buchstaben": "buchstabe",
    "buchst.": "buchstabe",
    "artikel": "article",
    "art.": "article",
}
PLURAL_LEVEL_WORDS = frozenset({"absätze", "sätze", "nummern", "nrn.", "buchstaben"})
