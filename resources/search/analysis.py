"""Text analysis: the one place that decides what a "word" is for search.

Everything that is stored in the index and everything typed into the search box goes through
these functions, so matching in the database reduces to comparing plain strings.

Pipeline per token: Unicode NFKC, casefold (ß → ss), diacritics removed (ü → u, é → e),
German transliterations folded (ue → u, ae → a, oe → o, as Lucene's GermanNormalizationFilter
does, so "Gefluechtete", "Geflüchtete" and "Gefluechtete" become one form), then the Snowball
German stemmer (pinned in pyproject.toml: stored tokens depend on its exact version) and a few
plural rules it lacks (Zentrum/Zentren, Museum/Museen, Thema/Themen).

German coordination ellipsis ("Kinder- und Jugendhilfe", "Familien- bzw. Elternnachzug") is
expanded here too, so the index also holds "Kinderhilfe" and "Familiennachzug".
"""

from __future__ import annotations

import functools
import itertools
import re
import threading
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

import snowballstemmer

# Bump when the analysis changes: documents indexed with another version are rebuilt by
# `manage.py rebuild_search_index`.
ANALYZER_VERSION = 3

# Substring matching ("vormund" finds "Vormundschaft") starts at this many characters.
MIN_SUBSTRING_LENGTH = 4

# A legal citation ("§ 41", "§41", "§§ 41", "Paragraph 41a") becomes one token "§41", so that
# "§ 4" does not find "§ 41" and "41" alone does not find every citation.
TOKEN_RE = re.compile(
    r"(?P<cite>(?:§§?|\b(?:paragraph|paragraf)(?:en|s)?\b)\s*(?P<num>\d{1,4}[a-z]?)(?![^\W_]))"
    r"|(?P<word>[^\W_]+)",
    re.IGNORECASE,
)
# Hyphens that join the parts of one compound ("Asyl-Verfahren"), not "Kinder- und".
COMPOUND_JOINERS = frozenset({"-", "\u2010", "\u2011"})

_STOPWORDS_RAW = """
aber alle allem allen aller alles als also am an ander andere anderem anderen anderer anderes
anderm andern anderr anders auch auf aus bei bin bis bist da damit dann das dass dasselbe
dazu daß dein deine deinem deinen deiner deines dem demselben den denn denselben der derer
derselbe derselben des desselben dessen dich die dies diese dieselbe dieselben diesem diesen
dieser dieses dir doch dort du durch ein eine einem einen einer eines einig einige einigem
einigen einiger einiges einmal er es etwas euch euer eure eurem euren eurer eures für gegen
gewesen hab habe haben hat hatte hatten hier hin hinter ich ihm ihn ihnen ihr ihre ihrem
ihren ihrer ihres im in indem ins ist jede jedem jeden jeder jedes jene jenem jenen jener
jenes jetzt kann kein keine keinem keinen keiner keines können könnte machen man manche
manchem manchen mancher manches mein meine meinem meinen meiner meines mich mir mit muss
musste nach nicht nichts noch nun nur ob oder ohne sehr sein seine seinem seinen seiner
seines selbst sich sie sind so solche solchem solchen solcher solches soll sollte sondern
sonst über um und uns unsere unserem unseren unser unseres unter viel vom von vor während
war waren warst was weg weil weiter welche welchem welchen welcher welches wenn werde werden
wie wieder will wir wird wirst wo wollen wollte würde würden zu zum zur zwar zwischen
"""

# A snowballstemmer object keeps state between calls and is not thread-safe (threads of one
# gunicorn worker or of the test suite gave each other wrong stems): one stemmer per thread.
_local = threading.local()


def _stemmer():
    stemmer = getattr(_local, "stemmer", None)
    if stemmer is None:
        stemmer = _local.stemmer = snowballstemmer.stemmer("german")
    return stemmer


def _strip_diacritics(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize(
        "NFC", "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")
    )


_TRANSLITERATIONS = re.compile(r"ae|oe|(?<!q)ue")


@functools.lru_cache(maxsize=50_000)
def fold(word: str) -> str:
    """The searchable form of one word: lower case, no diacritics, German folding."""
    text = unicodedata.normalize("NFKC", word).casefold()
    text = _strip_diacritics(text)
    return _TRANSLITERATIONS.sub(lambda m: m.group(0)[0], text)


@functools.lru_cache(maxsize=50_000)
def stem(folded: str) -> str:
    """The Snowball German stem of a folded word; citations and numbers stay as they are."""
    if folded.startswith("§") or folded.isdigit():
        return folded
    return _plural_rules(_stemmer().stemWord(folded))


def _plural_rules(stemmed: str) -> str:
    """Latin and Greek plurals Snowball leaves apart: Zentrum → zentr like Zentren → zentr,
    Museum/Museen → muse, Datum/Daten → dat, Thema/Themen → them, Firma/Firmen → firm."""
    if len(stemmed) >= 5 and stemmed.endswith("um"):
        return stemmed[:-2]
    if len(stemmed) >= 5 and stemmed.endswith("ma"):
        return stemmed[:-1]
    return stemmed


STOPWORDS = frozenset(fold(w) for w in _STOPWORDS_RAW.split())


@dataclass(frozen=True, slots=True)
class Token:
    start: int  # position in the NFC text the token was found in
    end: int
    folded: str
    is_citation: bool = False

    @property
    def stem(self) -> str:
        return stem(self.folded)

    @property
    def is_stopword(self) -> bool:
        return self.folded in STOPWORDS


def prepare(text: str) -> str:
    """Composes characters (NFC) so that "u" + combining diaeresis counts as one letter;
    positions of tokens refer to this form of the text."""
    return unicodedata.normalize("NFC", text or "")


def tokenize(text: str) -> Iterator[Token]:
    """Tokens of an already `prepare`d text, in order."""
    for match in TOKEN_RE.finditer(text):
        if match.group("cite"):
            yield Token(match.start(), match.end(), "§" + fold(match.group("num")), True)
        else:
            folded = fold(match.group("word"))
            if folded:
                yield Token(match.start(), match.end(), folded)


def compounds(text: str, tokens: list[Token]) -> Iterator[str]:
    """Hyphen-free forms of hyphenated compounds: "Asyl-Verfahren" also gives "asylverfahren",
    "GEAS-Anpassungsgesetz" gives "geasanpassungsgesetz"."""
    run: list[Token] = []
    for token in tokens:
        if (
            run
            and not token.is_citation
            and text[run[-1].end : token.start] in COMPOUND_JOINERS
            and not run[-1].is_citation
        ):
            run.append(token)
            continue
        if len(run) > 1:
            yield "".join(t.folded for t in run)
        run = [] if token.is_citation else [token]
    if len(run) > 1:
        yield "".join(t.folded for t in run)


# Gender-inclusive forms: "Erzieher*innen", "Erzieher:innen", "Erzieher_innen",
# "Erzieher/innen", "Erzieher/-innen", "Erzieher·innen" (and "-in" in the singular).
GENDER_MARKS = frozenset({"*", ":", "_", "/", "/-", "\u00b7"})
GENDER_ENDINGS = frozenset({"innen", "in"})


def gender_forms(text: str, tokens: list[Token]) -> Iterator[tuple[int, str]]:
    """(index of the ending's token, the feminine form written out) for each gender-
    inclusive form: "Erzieher*innen" gives "erzieherinnen", so that it is found as
    "Erzieherinnen" too (and as "Erzieher", its first token)."""
    for index in range(1, len(tokens)):
        ending, stem_token = tokens[index], tokens[index - 1]
        if (
            ending.folded in GENDER_ENDINGS
            and not stem_token.is_citation
            and not stem_token.folded.isdigit()
            and text[stem_token.end : ending.start] in GENDER_MARKS
        ):
            yield index, stem_token.folded + ending.folded


# The books of the Sozialgesetzbuch, cited with Roman numerals ("SGB VIII"); some texts (and
# many visitors) write the Arabic number ("SGB 8").
SOCIAL_CODE_BOOKS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII",
                     "XIII", "XIV")  # fmt: skip


def social_code_books(tokens: list[Token]) -> Iterator[str]:
    """The Roman numeral of each book written with an Arabic number: "SGB 8" gives "viii"."""
    for first, second in itertools.pairwise(tokens):
        number = second.folded
        if first.folded == "sgb" and number.isdigit() and 1 <= int(number) <= 14:
            yield fold(SOCIAL_CODE_BOOKS[int(number) - 1])


# Words that join the parts of a coordination ellipsis ("Kinder- und Jugendhilfe").
ELLIPSIS_CONJUNCTIONS = frozenset(
    {"und", "oder", "bzw", "beziehungsweise", "sowie", "u", "o", "als", "auch", "wie"}
)
# Shortest first part and shortest shared head of an expanded ellipsis.
MIN_MODIFIER, MIN_HEAD = 3, 4


def _is_truncated(text: str, token: Token) -> bool:
    """ "Kinder-" followed by a space, a comma or the end: a part waiting for its head."""
    if token.is_citation or text[token.end : token.end + 1] not in COMPOUND_JOINERS:
        return False
    following = text[token.end + 1 : token.end + 2]
    return following == "" or following.isspace() or following in ",/"


def ellipses(text: str, tokens: list[Token]) -> Iterator[str]:
    """The full words of coordination ellipses: "Kinder- und Jugendhilfe" gives "kinderhilfe",
    "Familien- bzw. Elternnachzug" "familiennachzug", "Vor- oder Nachname" "vorname".

    Where the head of the last word starts is not known without a dictionary, so every
    split that leaves a head of four letters or more is tried ("familien" + "nachzug",
    "familien" + "achzug", ...). The forms that are not words cost an index entry but are
    never typed, so they do not change what a search finds."""
    pending: list[Token] = []
    for token in tokens:
        if _is_truncated(text, token):
            pending.append(token)
            continue
        if not pending:
            continue
        if token.folded in ELLIPSIS_CONJUNCTIONS:
            continue
        head = token.folded
        if not token.is_citation and not head.isdigit():
            for part in pending:
                for start in range(MIN_MODIFIER, len(head) - MIN_HEAD + 1):
                    yield part.folded + head[start:]
        pending = []


@dataclass(frozen=True)
class AnalysedField:
    """What the index stores for one field, both space-padded so `LIKE '% x %'` finds whole
    tokens: `words` keeps every folded word in order (for phrases and prefixes), `terms` holds
    the distinct stems of the meaningful words plus compounds and citations (for word and
    substring matches)."""

    words: str
    terms: str
    vocabulary: tuple[str, ...]  # folded words worth suggesting ("did you mean")
    display: dict[str, str]  # folded word -> how it was written (lower case)


def analyse(text: str) -> AnalysedField:
    text = prepare(text)
    tokens = list(tokenize(text))
    terms: dict[str, None] = {}
    vocabulary: dict[str, None] = {}
    display: dict[str, str] = {}
    gendered = dict(gender_forms(text, tokens))
    for index, token in enumerate(tokens):
        if token.is_citation:
            terms[token.folded] = None
            continue
        if index in gendered:  # the ending "innen" alone is no word to search for
            full = gendered[index]
            terms[stem(full)] = None
            vocabulary[full] = None
            display.setdefault(full, full)
            continue
        if token.is_stopword or len(token.folded) < 2:
            continue
        terms[token.stem] = None
        if len(token.folded) >= 3 and not token.folded.isdigit():
            vocabulary[token.folded] = None
            display.setdefault(token.folded, text[token.start : token.end].lower())
    for compound in compounds(text, tokens):
        terms[stem(compound)] = None
        vocabulary[compound] = None
        display.setdefault(compound, compound)
    for expanded in ellipses(text, tokens):
        terms[stem(expanded)] = None
    for numeral in social_code_books(tokens):
        terms[stem(numeral)] = None
    return AnalysedField(
        words=pad(t.folded for t in tokens),
        terms=pad(terms),
        vocabulary=tuple(vocabulary),
        display=display,
    )


def pad(items) -> str:
    joined = " ".join(items)
    return f" {joined} " if joined else ""
