"""Fuzzing: random paths, query strings and form bodies against every public URL pattern and
every public form. Whatever a visitor (or a scanner) sends, the answer is never a 5xx.

The URL patterns are enumerated from the resolver, so a new page is fuzzed without touching this
file. Hypothesis runs derandomised (a fixed seed), so a CI run is repeatable; the number of
cases per test comes from FUZZ_EXAMPLES (default: 1,400 URL cases + 700 form cases).
"""

import io
import os
import re
from urllib.parse import quote, urlencode

import pytest
from django.core import signing
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from counselling import demo as counselling_demo
from counselling.models import Institution, Occasion
from legal import services as legal_services
from legal.models import AmendingAct, Provision, Statute
from newsletter.models import Issue, Subscriber
from newsletter.services import CONFIRM_SALT, confirmation_token
from resources.models import Organisation, Resource, Topic
from tests.factories import make_organisation, make_resource, make_topic
from tests.legal.conftest import SEED as LEGAL_SEED

pytestmark = [pytest.mark.django_db, pytest.mark.fuzz]

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "1400"))
FUZZ = settings(
    max_examples=EXAMPLES,
    derandomize=True,  # fixed seed: the same cases on every run
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

QUERY_KEYS = [
    "page", "q", "topic", "target_group", "audience", "type", "language", "publisher",
    "region", "year", "sort", "seit", "datum", "statute", "format", "List-Unsubscribe",
]  # fmt: skip

# Text a person or a scanner might send: anything printable, control characters, NUL,
# digits of other scripts, very long runs.
nasty_text = st.one_of(
    st.text(max_size=40),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=12),
    st.sampled_from(["\x00", "²", "١٢", "-1", "0", "99999999999999999999", "%", "../", "'", '"']),
    st.text(alphabet="0123456789", min_size=1, max_size=25),
)


def public_patterns() -> list[str]:
    def walk(patterns, prefix=""):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                yield from walk(pattern.url_patterns, prefix + str(pattern.pattern))
            elif isinstance(pattern, URLPattern):
                yield prefix + str(pattern.pattern)

    return sorted(
        route for route in walk(get_resolver().url_patterns) if not route.startswith("admin/")
    )


@pytest.fixture
def content(db):
    """A little of everything, so fuzzed paths also reach real detail pages."""
    section = make_topic("Schule und Ausbildung")
    publisher = make_organisation("Beispielverein")
    make_resource("Arbeitshilfe Schule", topics=[section], publishers=[publisher])
    statute = Statute.objects.create(
        abbreviation="HG", slug="hg-nrw", title="Hochschulgesetz", jurisdiction="NRW"
    )
    legal_services.footnotes_import(statute=statute, text=LEGAL_SEED.read_text(encoding="utf-8"))
    counselling_demo.load(stdout=io.StringIO())
    Issue.objects.create(
        title="Ausgabe 1", slug="ausgabe-1", since="2026-01-01T00:00Z", status="sent",
        sent_at="2026-02-01T00:00Z",
    )  # fmt: skip
    active = Subscriber.objects.create(email="aktiv@example.org", status="active")
    pending = Subscriber.objects.create(email="wartet@example.org")
    tokens = [active.token, pending.token, confirmation_token(pending)]
    tokens.append(signing.dumps({"id": 999}, salt=CONFIRM_SALT))
    return {
        "slug": [
            *Resource.objects.values_list("slug", flat=True),
            *Organisation.objects.values_list("slug", flat=True),
            *Topic.objects.values_list("slug", flat=True),
            *Statute.objects.values_list("slug", flat=True),
            *Institution.objects.values_list("slug", flat=True),
            *Issue.objects.values_list("slug", flat=True),
        ],
        "occasion": list(Occasion.objects.values_list("slug", flat=True)[:20]),
        "key": list(Provision.objects.values_list("key", flat=True)[:20]),
        "pk": [str(pk) for pk in AmendingAct.objects.values_list("pk", flat=True)[:20]],
        "token": tokens,
    }


def segment(real_values: list[str]):
    return st.one_of(st.sampled_from(real_values or ["x"]), nasty_text)


PARAM = re.compile(r"<(?:(?P<converter>\w+):)?(?P<name>\w+)>")


@st.composite
def requests(draw, routes: list[str], content: dict):
    route = draw(st.sampled_from(routes))

    def fill(match):
        value = draw(segment(content.get(match["name"], [])))
        return quote(value, safe="")

    path = "/" + PARAM.sub(fill, route)
    query = draw(
        st.lists(
            st.tuples(st.one_of(st.sampled_from(QUERY_KEYS), nasty_text), nasty_text), max_size=4
        )
    )
    method = draw(st.sampled_from(["GET", "GET", "GET", "HEAD", "POST"]))
    return method, path, urlencode(query), query


def test_no_public_url_answers_with_a_server_error(content):
    client = Client(raise_request_exception=False)
    routes = public_patterns()
    assert len(routes) >= 30  # the resolver was really enumerated

    @FUZZ
    @given(requests(routes, content))
    def check(request):
        method, path, query_string, pairs = request
        if method == "POST":
            response = client.post(f"{path}?{query_string}", data=dict(pairs))
        else:
            response = client.generic(method, f"{path}?{query_string}")
        assert response.status_code < 500, (method, path, query_string)

    check()


def public_forms(content) -> list[tuple[str, list[str]]]:
    """(URL, field names) of every form the public can submit."""
    from newsletter.forms import ManageRequestForm, PreferencesForm, SignupForm

    token = content["token"][0]
    pending_confirmation = content["token"][2]
    return [
        ("/newsletter/", [*SignupForm.base_fields]),
        ("/newsletter/verwalten/", [*ManageRequestForm.base_fields]),
        (f"/newsletter/einstellungen/{token}/", [*PreferencesForm.base_fields]),
        (f"/newsletter/einstellungen/{token}/loeschen/", []),
        (f"/newsletter/abmelden/{token}/", ["List-Unsubscribe"]),
        (f"/newsletter/bestaetigen/{pending_confirmation}/", []),
    ]


CONTENT_TYPES = [
    "application/x-www-form-urlencoded",
    "application/x-www-form-urlencoded; charset=utf-7",
    "application/x-www-form-urlencoded; charset=latin-1",
    "multipart/form-data; boundary=xyz",
    "multipart/form-data",
    "text/plain",
    "application/json",
]


@st.composite
def submissions(draw, forms):
    url, fields = draw(st.sampled_from(forms))
    values = {}
    for name in fields:
        values[name] = draw(
            st.one_of(
                nasty_text,
                st.emails(),
                st.lists(nasty_text, max_size=3),
                st.just("on"),
            )
        )
    raw = draw(st.one_of(st.none(), st.binary(max_size=200)))
    content_type = draw(st.sampled_from(CONTENT_TYPES))
    return url, values, raw, content_type


def test_no_public_form_answers_with_a_server_error(content):
    client = Client(raise_request_exception=False)
    forms = public_forms(content)

    @settings(FUZZ, max_examples=max(EXAMPLES // 2, 1))
    @given(submissions(forms))
    def check(submission):
        url, values, raw, content_type = submission
        if raw is None:
            response = client.post(url, data=values)  # a well-formed multipart body
        else:
            # generic(): the body goes out byte for byte (post() would re-encode it).
            response = client.generic("POST", url, data=raw, content_type=content_type)
        assert response.status_code < 500, (url, values, raw, content_type)

    check()
