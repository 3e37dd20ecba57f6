"""The vocabulary remembers what a word part, a prefix or a typo finds, and brings it up to
date as terms are added: a process that searched before an edit finds exactly what one that
loads afresh finds."""

from hypothesis import given, settings
from hypothesis import strategies as st

from resources.search.vocabulary import Vocabulary

# Few letters, so parts, prefixes and near misses are common.
words = st.text(alphabet="abeinr", min_size=1, max_size=11)


def loaded(terms: list[str]) -> Vocabulary:
    vocabulary = Vocabulary()
    vocabulary._add(list(enumerate(terms, start=1)))
    return vocabulary


def answers(vocabulary: Vocabulary, queries: list[str]) -> list[tuple]:
    return [
        (
            sorted(vocabulary.containing(q)),
            sorted(vocabulary.starting(q)),
            vocabulary.typos(q),  # ordered: nearest first
            vocabulary.typos_and_their_compounds(q),
        )
        for q in queries
    ]


@settings(max_examples=150, deadline=None)
@given(
    st.lists(words, min_size=1, max_size=40, unique=True),
    st.lists(st.lists(words, max_size=6), max_size=4),
    st.lists(words, min_size=1, max_size=8),
)
def test_remembered_answers_follow_added_terms(first, batches, queries):
    held = set(first)
    added = []
    for batch in batches:
        new = [w for w in dict.fromkeys(batch) if w not in held]
        held.update(new)
        added.append(new)
    vocabulary = loaded(first)
    answers(vocabulary, queries)  # remembered from here on
    next_id = len(first) + 1
    for new in added:
        vocabulary._add(list(enumerate(new, start=next_id)))
        next_id += len(new)
    everything = first + [w for new in added for w in new]
    assert answers(vocabulary, queries) == answers(loaded(everything), queries)


def test_a_typo_finds_a_term_added_after_it_was_first_searched():
    vocabulary = loaded(["vormund", "beratung"])
    assert vocabulary.typos("vormundschft") == []
    vocabulary._add([(3, "vormundschaft")])
    assert vocabulary.typos("vormundschft") == [3]
    assert vocabulary.containing("mund") == [1, 3]
    assert vocabulary.starting("vormunds") == [3]
    vocabulary._add([(4, "vormundschat"), (5, "vormundschaften")])  # 1 edit; 3 edits
    assert vocabulary.typos("vormundschft") == [3, 4]


def test_two_letters_swapped_are_one_typo_as_in_meilisearch():
    vocabulary = loaded(["trauma", "schule", "elternarbeit"])
    assert vocabulary.typos("trauam") == [1]  # six letters: one typo allowed
    assert vocabulary.typos("shcule") == [2]
    assert vocabulary.typos("tarmua") == []  # two swaps are two typos


def test_a_misspelt_word_finds_the_compounds_its_correction_finds():
    vocabulary = loaded(["fluchtling", "fluchtlingseltern", "jugendfluchtling", "flucht"])
    assert vocabulary.typos("fluchtlng") == [1]
    assert vocabulary.typos_and_their_compounds("fluchtlng") == [1, 2, 3]


def test_a_misspelt_word_reaches_a_bounded_number_of_compounds():
    from resources.search.vocabulary import MAX_TYPO_COMPOUNDS

    compounds = [f"hilfe{'x' * (i % 7)}{i}" for i in range(MAX_TYPO_COMPOUNDS + 500)]
    vocabulary = loaded(["hilfe", *compounds])
    found = vocabulary.typos_and_their_compounds("hilfr")
    assert found[0] == 1  # the correction itself first
    assert len(found) == MAX_TYPO_COMPOUNDS
