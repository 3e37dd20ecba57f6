import pytest
from django.db import transaction

from .corpus import load_corpus


@pytest.fixture(scope="module")
def corpus_module(django_db_setup, django_db_blocker):
    """The corpus, loaded once per test module inside a transaction rolled back afterwards
    (each test still runs in its own savepoint)."""
    with django_db_blocker.unblock(), transaction.atomic():
        resources = load_corpus()
        yield resources
        transaction.set_rollback(True)


@pytest.fixture
def corpus(corpus_module, db):
    return corpus_module
