"""What readers see next to a link: nothing while it works, a dated notice and the archived
copy once it is broken, and the pages stay within their query budget."""

import pytest
from django.urls import reverse
from django.utils import timezone

from linkcheck.models import LinkHealth
from linkcheck.status import LinkStatus
from tests.factories import make_organisation, make_resource, make_topic

pytestmark = pytest.mark.django_db

NOTICE = "Link derzeit nicht erreichbar"


def health_for(link, status, *, failures=1, checked=None, **fields) -> LinkHealth:
    checked = checked or timezone.now()
    return LinkHealth.objects.create(
        link=link,
        checked_url=link.url,
        status=status,
        last_checked_at=checked,
        broken_since=checked if failures else None,
        consecutive_failures=failures,
        **fields,
    )


def detail(client, resource) -> str:
    response = client.get(resource.get_absolute_url())
    assert response.status_code == 200
    return response.content.decode()


def test_a_deleted_document_shows_the_notice_with_date_and_archive_link(client):
    resource = make_resource(links=["https://example.org/broschuere.pdf"])
    link = resource.links.get()
    health_for(
        link,
        LinkStatus.CLIENT_ERROR,
        checked=timezone.datetime(2026, 11, 23, 4, 0, tzinfo=timezone.get_current_timezone()),
        last_ok_at=timezone.datetime(2026, 10, 2, 4, 0, tzinfo=timezone.get_current_timezone()),
    )
    html = detail(client, resource)
    assert "Link derzeit nicht erreichbar (geprüft am 23. November 2026)" in html
    assert 'href="https://web.archive.org/web/20261002/https://example.org/broschuere.pdf"' in html


def test_working_redirected_and_unchecked_links_show_nothing_extra(client):
    resource = make_resource(
        links=["https://example.org/ok", "https://example.org/moved", "https://example.org/new"]
    )
    ok, moved, _new = resource.links.all()
    health_for(ok, LinkStatus.OK, failures=0)
    health_for(moved, LinkStatus.REDIRECT_PERMANENT, failures=0)
    html = detail(client, resource)
    assert NOTICE not in html
    assert "web.archive.org" not in html


def test_a_single_timeout_does_not_warn_readers_but_a_repeated_one_does(client):
    resource = make_resource(links=["https://example.org/slow"])
    health = health_for(resource.links.get(), LinkStatus.TIMEOUT, failures=1)
    assert NOTICE not in detail(client, resource)
    health.consecutive_failures = 2
    health.save()
    assert NOTICE in detail(client, resource)


def test_a_finding_about_an_old_address_is_not_shown_after_the_address_was_edited(client):
    resource = make_resource(links=["https://example.org/new-address"])
    link = resource.links.get()
    health_for(link, LinkStatus.CLIENT_ERROR)
    LinkHealth.objects.filter(link=link).update(checked_url="https://example.org/old-address")
    assert NOTICE not in detail(client, resource)


def test_archived_links_offer_the_archived_copy(client):
    resource = make_resource(links=["https://example.org/gone"])
    health_for(resource.links.get(), LinkStatus.CLIENT_ERROR, archived=True)
    html = detail(client, resource)
    assert "Original nicht mehr verfügbar" in html
    assert "https://web.archive.org/web/" in html


def test_lists_show_the_notice_on_multi_language_cards(client):
    topic = make_topic("Asylverfahren")
    resource = make_resource(
        topics=[topic],
        links=[
            {"url": "https://example.org/de.pdf", "language": "de"},
            {"url": "https://example.org/ar.pdf", "language": "ar"},
        ],
    )
    health_for(resource.links.get(language="ar"), LinkStatus.DNS_ERROR)
    html = client.get(topic.get_absolute_url()).content.decode()
    assert html.count(NOTICE) == 1


@pytest.mark.parametrize("count", [5, 40])
def test_pages_with_checked_links_keep_a_fixed_number_of_queries(
    client, django_assert_max_num_queries, count
):
    topic = make_topic("Bereich")
    org = make_organisation("Herausgeber")
    resources = []
    for i in range(count):
        resource = make_resource(
            f"Material {i}",
            publishers=[org],
            topics=[topic],
            links=[f"https://example.org/{i}/de", f"https://example.org/{i}/en"],
        )
        for link in resource.links.all():
            health_for(link, LinkStatus.CLIENT_ERROR if i % 2 else LinkStatus.OK)
        resources.append(resource)
    many = make_resource(
        "Viele Sprachen", links=[f"https://example.org/lang/{n}" for n in range(count)]
    )
    for link in many.links.all():
        health_for(link, LinkStatus.SOFT_404)

    # Once per process (and change) the search loads its columns: not counted here.
    assert client.get(reverse("resources:list")).status_code == 200
    with django_assert_max_num_queries(10):
        assert client.get(topic.get_absolute_url()).status_code == 200
    with django_assert_max_num_queries(12):
        assert client.get(reverse("home")).status_code == 200
    with django_assert_max_num_queries(10):
        html = detail(client, many)
    assert html.count(NOTICE) == count
