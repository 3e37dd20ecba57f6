"""`check_links` and `link_health_report` as run from cron or a systemd timer."""

from datetime import timedelta
from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.utils import timezone

from linkcheck.models import LinkHealth
from linkcheck.status import LinkStatus
from tests.factories import make_resource
from tests.newsletter.conftest import smtp_server  # noqa: F401  (a real SMTP server on loopback)

pytestmark = pytest.mark.django_db


def run(*args) -> str:
    out = StringIO()
    call_command(*args, stdout=out)
    return out.getvalue()


def test_check_links_reports_in_german_and_stores_the_results(web, linkcheck_settings):
    make_resource(links=[web.url("/ok"), web.url("/gone-404")])
    output = run("check_links")
    assert "2 Links werden geprüft" in output
    assert "Fertig: 2 geprüft, 1 defekt, 0 umgeleitet." in output
    assert f"Fehler 4xx (nicht gefunden, gelöscht, gesperrt): {web.url('/gone-404')}" in output
    assert LinkHealth.objects.count() == 2


def test_check_links_for_one_resource_only(web, linkcheck_settings):
    wanted = make_resource(links=[web.url("/moved")])
    make_resource(links=[web.url("/error")])
    output = run("check_links", "--resource", str(wanted.pk))
    assert "1 Link wird geprüft" in output
    assert LinkHealth.objects.get().link.resource == wanted


def test_older_than_skips_recently_checked_links(web, linkcheck_settings):
    fresh = make_resource(links=[web.url("/ok")]).links.get()
    LinkHealth.objects.create(
        link=fresh, checked_url=fresh.url, status=LinkStatus.OK, last_checked_at=timezone.now()
    )
    stale = make_resource(links=[web.url("/gone-410")]).links.get()
    LinkHealth.objects.create(
        link=stale,
        checked_url=stale.url,
        status=LinkStatus.OK,
        last_checked_at=timezone.now() - timedelta(days=8),
    )
    output = run("check_links", "--older-than", "7")
    assert "1 Link wird geprüft" in output
    assert LinkHealth.objects.get(link=stale).status == LinkStatus.CLIENT_ERROR


def test_a_negative_age_is_a_clear_error():
    with pytest.raises(CommandError, match="older-than"):
        run("check_links", "--older-than", "-1")


def test_the_background_task_checks_due_links(web, linkcheck_settings):
    from linkcheck.tasks import check_links_task

    make_resource(links=[web.url("/soft-404")])
    result = check_links_task.enqueue(older_than_days=7)  # immediate backend in tests
    assert result.return_value["counts"] == {"soft_404": 1}


def make_staff(username, *, email, editor_group=False, **fields):
    from website.management.commands.load_demo import ensure_editor_group

    user = get_user_model().objects.create_user(username, email=email, is_staff=True, **fields)
    if editor_group:
        user.groups.add(ensure_editor_group())
    return user


def test_the_weekly_report_goes_to_the_editors_through_smtp(smtp_server, web, linkcheck_settings):  # noqa: F811
    make_staff("redaktion", email="redaktion@flr-juf.test", editor_group=True)
    make_staff("chefin", email="chefin@flr-juf.test", is_superuser=True)
    make_staff("ohne-recht", email="praktikum@flr-juf.test")
    make_staff("ehemals", email="ehemals@flr-juf.test", editor_group=True, is_active=False)
    broken = make_resource("Handreichung Vormundschaft", links=[web.url("/gone-404")])
    make_resource(links=[web.url("/moved"), {"url": "", "label": "Flyer"}])
    run("check_links")

    output = run("link_health_report")

    assert "eingereiht" in output
    assert len(smtp_server.received) == 1
    mail = smtp_server.received[0]
    assert sorted(mail.rcpt_tos) == ["chefin@flr-juf.test", "redaktion@flr-juf.test"]
    message = mail.message
    assert message["Subject"] == "Linkprüfung: 1 defekte, 1 umgeleitete Links"
    body = message.get_content()
    assert broken.title in body
    assert web.url("/gone-404") in body
    assert "1 Link ohne Adresse" in body
    assert "/admin/linkcheck/checkedlink/" in body


def test_the_report_recipients_can_be_set(smtp_server, settings):  # noqa: F811
    settings.LINKCHECK_REPORT_RECIPIENTS = ["links@flr-juf.test"]
    run("link_health_report")
    assert smtp_server.received[0].rcpt_tos == ["links@flr-juf.test"]
    assert "Keine" not in smtp_server.received[0].message["Subject"]
