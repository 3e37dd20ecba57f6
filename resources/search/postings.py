"""The inverted index: the stored token strings of `SearchDocument`, split into one row per
(term, resource) with a bit per string the term occurs in.

The strings stay the reference: a document's postings are derived from exactly the strings
`LIKE '% token %'` used to search, split on the same single spaces, so "the string contains
the token" and "there is a posting" are the same statement on both databases.
"""

from __future__ import annotations

TITLE_TERMS, BODY_TERMS, TITLE_WORDS, BODY_WORDS = 1, 2, 4, 8
TERMS = TITLE_TERMS | BODY_TERMS
WORDS = TITLE_WORDS | BODY_WORDS
TITLE = TITLE_TERMS | TITLE_WORDS
BODY = BODY_TERMS | BODY_WORDS

# Longer "words" (a run of 200 letters) are not worth an index entry; they are dropped from
# the vocabulary (and so cannot be searched for as a whole word).
MAX_TERM_LENGTH = 200

_COLUMNS = (
    ("title_terms", TITLE_TERMS),
    ("body_terms", BODY_TERMS),
    ("title_words", TITLE_WORDS),
    ("body_words", BODY_WORDS),
)


def document_terms(document) -> dict[str, int]:
    """term -> bits of the strings of `document` (a SearchDocument) it occurs in."""
    bits: dict[str, int] = {}
    for column, bit in _COLUMNS:
        for token in getattr(document, column).split(" "):
            if token and len(token) <= MAX_TERM_LENGTH:
                bits[token] = bits.get(token, 0) | bit
    return bits
