import pytest
from django.contrib.auth import get_user_model
from django.core.cache import caches
from django.test import Client
from django.utils import translation

from resources.search import cache as search_cache
from resources.search import memory
from tests.network_guard import no_network_outside_loopback  # noqa: F401  (autouse, every test)
from website.management.commands.load_demo import ensure_editor_group


@pytest.fixture
def editor(db):
    """A staff member in the "Redaktion" group, as editors really work (not a superuser)."""
    user = get_user_model().objects.create_user(
        username="editor", password="editor-password", is_staff=True
    )
    user.groups.add(ensure_editor_group())
    return user


@pytest.fixture
def editor_client(editor):
    """A separate browser session, so a test can compare what the public and an editor see."""
    editor_client = Client()
    editor_client.force_login(editor)
    return editor_client


@pytest.fixture(autouse=True)
def _empty_caches():
    """Rate-limit counters and cached search results never leak from one test to the next."""
    for cache in caches.all():
        cache.clear()
    search_cache.clear_local()
    # Each test searches as a fresh process would (ids of a rolled-back test come again).
    memory.forget()


@pytest.fixture(autouse=True)
def _german_between_tests():
    """A request to /en/… leaves English active in the thread (LocaleMiddleware activates the
    language and nothing resets it): every test starts in German, so `reverse()` and
    `get_absolute_url()` never inherit a prefix from the test before."""
    translation.activate("de")
    yield
    translation.activate("de")
