import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from newsletter import sending
from newsletter.models import Issue
from tests.factories import make_resource, make_topic

from .conftest import make_subscriber

pytestmark = pytest.mark.django_db


def sent_issue(n: int, **fields) -> Issue:
    fields.setdefault("status", Issue.Status.SENT)
    fields.setdefault("sent_at", timezone.now() - datetime.timedelta(days=n))
    return Issue.objects.create(
        title=f"FLR-JuF {n}/2026", slug=f"flr-juf-{n}", since=timezone.now(), **fields
    )


def test_archive_lists_sent_issues_only_newest_first(client):
    sent_issue(2)
    sent_issue(1)
    Issue.objects.create(title="Entwurf", slug="entwurf", since=timezone.now())
    html = client.get(reverse("newsletter:archive")).content.decode()
    assert html.index("FLR-JuF 1/2026") < html.index("FLR-JuF 2/2026")
    assert "Entwurf" not in html
    assert client.get("/newsletter/archiv/entwurf/").status_code == 404


def test_issue_being_sent_is_readable_in_the_browser_from_the_first_mail_on(client):
    issue = Issue.objects.create(
        title="Im Versand",
        slug="im-versand",
        since=timezone.now(),
        status=Issue.Status.SENDING,
        send_started_at=timezone.now(),
    )
    assert client.get(issue.get_absolute_url()).status_code == 200


def test_archived_issue_shows_content_but_no_personal_data(client, smtp_server):
    person = make_subscriber("ada@example.org")
    issue = Issue.objects.create(title="Ausgabe", slug="ausgabe", since=timezone.now())
    issue.resources.set([make_resource("Arbeitshilfe", topics=[make_topic("Kinderrechte")])])
    sending.issue_start_sending(issue=issue)
    sending.send_issue(issue_id=issue.pk)
    response = client.get(issue.get_absolute_url())
    html = response.content.decode()
    assert response.status_code == 200
    assert "Arbeitshilfe" in html
    assert "Kinderrechte" in html
    assert person.email not in html
    assert person.token not in html


def test_atom_feed_lists_issues(client):
    sent_issue(1, intro="Neues zur Vormundschaft")
    response = client.get(reverse("feeds:newsletter"))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    body = response.content.decode()
    assert "FLR-JuF 1/2026" in body
    assert "/newsletter/archiv/flr-juf-1/" in body


def test_bad_page_number_is_a_clear_400(client):
    response = client.get(reverse("newsletter:archive"), {"page": "abc"})
    assert response.status_code == 400
    assert "Seitenzahl" in response.content.decode()


@pytest.mark.parametrize("count", [3, 30])
def test_archive_and_signup_pages_make_a_bounded_number_of_queries(
    client, django_assert_max_num_queries, count
):
    for n in range(count):
        make_topic(f"Bereich {n}")
        sent_issue(n + 1)
    with django_assert_max_num_queries(4):
        assert client.get(reverse("newsletter:archive")).status_code == 200
    with django_assert_max_num_queries(4):
        assert client.get(reverse("newsletter:index")).status_code == 200
    with django_assert_max_num_queries(3):
        assert client.get(reverse("feeds:newsletter")).status_code == 200


@pytest.mark.parametrize("count", [2, 20])
def test_issue_page_queries_do_not_grow_with_resources(
    client, django_assert_max_num_queries, count
):
    section = make_topic("Bereich")
    sub = make_topic("Thema", parent=section)
    issue = sent_issue(1)
    issue.resources.set([make_resource(f"R{i}", topics=[sub]) for i in range(count)])
    with django_assert_max_num_queries(6):
        assert client.get(issue.get_absolute_url()).status_code == 200


def test_archive_dates_follow_the_reader_s_language(client):
    sent = datetime.datetime(2026, 3, 5, 10, 0, tzinfo=datetime.UTC)
    sent_issue(1, sent_at=sent)
    german = client.get("/newsletter/archiv/").content.decode()
    english = client.get("/en/newsletter/archiv/").content.decode()
    assert "5. März 2026" in german
    # Day before month, as readers in Germany expect; not the American "March 5, 2026".
    assert "5 Mar 2026" in english
    assert "März" not in english
