import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core.files.uploadedfile import SimpleUploadedFile

from legal.models import AmendmentEvent, Footnote

pytestmark = pytest.mark.django_db
URL = "/admin/legal/statute/fussnoten-einlesen/"
OLD_URL = "/recht/redaktion/fussnoten-einlesen/"


def test_import_view_is_for_staff_only(client, statute):
    response = client.get(URL)
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_old_address_redirects_into_the_admin(client, statute):
    response = client.get(OLD_URL + f"?statute={statute.pk}")
    assert response.status_code == 302
    assert response["Location"] == URL + f"?statute={statute.pk}"


def test_staff_without_change_permission_on_statutes_and_events_is_refused(client, statute):
    user = get_user_model().objects.create_user(username="reader", password="x", is_staff=True)
    user.user_permissions.add(Permission.objects.get(codename="view_statute"))
    client.force_login(user)
    assert client.get(URL).status_code == 403
    user.user_permissions.add(Permission.objects.get(codename="change_statute"))
    client.force_login(user)
    assert client.get(URL).status_code == 403


def test_import_page_uses_the_admin_layout(editor_client, statute):
    html = editor_client.get(URL).content.decode()
    assert 'class="breadcrumbs"' in html
    assert "Fußnoten einlesen" in html
    assert 'id="site-name"' in html


def test_unparsed_span_is_highlighted_in_the_source_text(editor_client, statute):
    text = (
        "Fn 1\n§ 7 verschoben durch Gesetz vom 1. Februar 2021 (GV. NRW. S. 100); § 8 "
        "aufgehoben durch Gesetz vom 1. März 2021 (GV. NRW. S. 7), in Kraft getreten am "
        "2. März 2021.\n"
    )
    html = editor_client.post(URL, {"statute": statute.pk, "text": text, "preview": "1"})
    html = html.content.decode()
    assert "verschoben" in html
    start = html.index("<mark")
    assert html[start : html.index("</mark>")].endswith(
        "§ 7 verschoben durch Gesetz vom 1. Februar 2021 (GV. NRW. S. 100);"
    )
    assert "aufgehoben durch Gesetz vom 1. März" in html[html.index("</mark>") :]


def test_admin_links_to_the_import_view(editor_client, statute):
    html = editor_client.get("/admin/legal/statute/").content.decode()
    assert URL in html


def test_preview_shows_events_and_unparsed_text_side_by_side_and_stores_nothing(
    editor_client, statute, seed_text
):
    damaged = seed_text.replace("§ 9: Absatz 1 geändert", "§ 9: Absatz 1 verschoben")
    response = editor_client.post(URL, {"statute": statute.pk, "text": damaged, "preview": "1"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "<mark" in html
    assert "§ 9: Absatz 1 verschoben" in html
    assert "Fn 16" in html
    assert 'name="confirm"' not in html
    assert Footnote.objects.count() == 0


def test_confirming_a_damaged_text_stores_nothing(editor_client, statute, seed_text):
    damaged = seed_text.replace("§ 9: Absatz 1 geändert", "§ 9: Absatz 1 verschoben")
    response = editor_client.post(URL, {"statute": statute.pk, "text": damaged, "confirm": "1"})
    assert response.status_code == 200
    assert "Nicht gespeichert" in response.content.decode()
    assert AmendmentEvent.objects.count() == 0


def test_preview_then_confirm_imports_and_reports(editor_client, statute, seed_text):
    preview = editor_client.post(URL, {"statute": statute.pk, "text": seed_text, "preview": "1"})
    html = preview.content.decode()
    assert "51 Fußnoten vollständig verstanden." in html
    assert 'name="confirm"' in html
    response = editor_client.post(
        URL, {"statute": statute.pk, "text": seed_text, "confirm": "1"}, follow=True
    )
    assert response.redirect_chain[-1][0] == "/recht/hg-nrw/"
    assert "51 neu" in response.content.decode()
    assert AmendmentEvent.objects.count() == 282


def test_uploaded_file_is_accepted_and_binary_file_refused(editor_client, statute, seed_text):
    upload = SimpleUploadedFile("fn.txt", seed_text.encode(), content_type="text/plain")
    response = editor_client.post(URL, {"statute": statute.pk, "file": upload, "preview": "1"})
    assert "51 Fußnoten vollständig verstanden." in response.content.decode()
    binary = SimpleUploadedFile("fn.bin", b"\x89PNG\x00\x00", content_type="image/png")
    response = editor_client.post(URL, {"statute": statute.pk, "file": binary, "preview": "1"})
    assert "keine Textdatei" in response.content.decode()


@pytest.mark.parametrize(
    ("text", "message"),
    [("", "Bitte Fußnoten einfügen"), ("Fußnoten:\nFn x\n", "Keine Fußnote gefunden")],
)
def test_empty_or_label_free_paste_gets_a_message(editor_client, statute, text, message):
    response = editor_client.post(URL, {"statute": statute.pk, "text": text, "preview": "1"})
    assert message in response.content.decode()


def test_five_megabyte_paste_is_refused_with_a_clear_message(editor_client, statute):
    response = editor_client.post(
        URL, {"statute": statute.pk, "text": "Fn 1\n" + "x" * 5_000_000, "preview": "1"}
    )
    assert response.status_code == 400
    assert "zu groß" in response.content.decode()
    assert Footnote.objects.count() == 0


def test_one_megabyte_paste_gets_a_form_error(editor_client, statute):
    response = editor_client.post(
        URL, {"statute": statute.pk, "text": "Fn 1\n" + "x" * 1_100_000, "preview": "1"}
    )
    assert response.status_code == 200
    assert "höchstens 1000000 Zeichen" in response.content.decode().replace(".", "")


def test_hand_edit_in_the_admin_is_recorded(editor_client, hg):
    event = AmendmentEvent.objects.get(statute=hg, footnote__label="7")
    url = f"/admin/legal/amendmentevent/{event.pk}/change/"
    page = editor_client.get(url)
    assert page.status_code == 200
    form = page.context["adminform"].form
    data = {name: form.initial.get(name) for name in form.fields}
    data = {k: ("" if v is None else v) for k, v in data.items()}
    data.update(
        statute=hg.pk,
        footnote=event.footnote_id,
        act=event.act_id,
        effective_date="2016-12-29",
        retroactive="",
        latest="",
        old_numbering="",
    )
    data = {k: v for k, v in data.items() if v is not False}
    response = editor_client.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    event.refresh_from_db()
    assert event.edited_by_hand
    history = editor_client.get(f"/admin/legal/amendmentevent/{event.pk}/history/")
    assert history.status_code == 200
    assert event.history.count() == 2
    assert event.history.latest().history_user.username == "editor"


@pytest.mark.parametrize(
    "url",
    [
        "/admin/legal/statute/",
        "/admin/legal/amendingact/",
        "/admin/legal/footnote/",
        "/admin/legal/amendmentevent/",
        "/admin/legal/provision/",
    ],
)
def test_admin_lists_open(editor_client, hg, url):
    assert editor_client.get(url).status_code == 200


def test_footnote_admin_shows_the_regenerated_text(editor_client, hg):
    note = hg.footnotes.get(label="43")
    html = editor_client.get(f"/admin/legal/footnote/{note.pk}/change/").content.decode()
    assert "aufgehoben durch § 84 Absatz 6" in html
