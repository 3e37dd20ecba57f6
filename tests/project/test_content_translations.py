"""Content translations: German text in the fields, translations beside it on the row, shown in
the reader's language or marked as German where there is none yet."""

import pytest
from django.contrib.auth import get_user_model
from django.template import Context, Template
from django.test import Client, RequestFactory
from django.urls import reverse
from django.utils import translation

from resources.models import Topic
from website.models import SitePage

pytestmark = pytest.mark.django_db


@pytest.fixture
def topic():
    topic = Topic.objects.create(name="Asylverfahren", slug="asylverfahren")
    topic.set_translation("en", {"name": "Asylum procedure"}, needs_review=True)
    topic.save()
    return topic


def render(source: str, *, language: str, user=None, **context) -> str:
    request = RequestFactory().get("/")
    if user is not None:
        request.user = user
    with translation.override(language):
        return Template("{% load translations %}" + source).render(
            Context({"request": request, **context})
        )


def test_translation_used_in_its_language(topic):
    html = render('{% translated topic "name" %}', language="en", topic=topic)
    assert html == "Asylum procedure"


def test_fallback_is_german_marked_with_lang_de(topic):
    html = render('<a>{% translated topic "name" %}</a>', language="ar", topic=topic)
    assert html == '<a><span lang="de" dir="ltr">Asylverfahren</span></a>'


def test_german_page_shows_german_unmarked(topic):
    assert render('{% translated topic "name" %}', language="de", topic=topic) == "Asylverfahren"


def test_empty_german_text_renders_nothing(topic):
    # No description in any language: nothing, not an empty element with lang="de".
    assert render('{% translated topic "description" %}', language="fa", topic=topic) == ""


def test_text_is_escaped(topic):
    topic.set_translation("uk", {"name": "<b>Притулок</b>"}, needs_review=False)
    html = render('{% translated topic "name" %}', language="uk", topic=topic)
    assert html == "&lt;b&gt;Притулок&lt;/b&gt;"


def test_review_flag_shown_to_staff_only(topic):
    staff = get_user_model().objects.create_user("staff", is_staff=True)
    visitor = get_user_model().objects.create_user("visitor")
    staff_html = render('{% translated topic "name" %}', language="en", topic=topic, user=staff)
    visitor_html = render('{% translated topic "name" %}', language="en", topic=topic, user=visitor)
    assert 'class="translation-review"' in staff_html
    assert "Asylum procedure" in staff_html
    assert visitor_html == "Asylum procedure"


def test_reviewed_translation_is_not_marked_for_staff(topic):
    topic.set_translation("en", {"name": "Asylum procedure"}, needs_review=False)
    staff = get_user_model().objects.create_user("staff", is_staff=True)
    html = render('{% translated topic "name" %}', language="en", topic=topic, user=staff)
    assert html == "Asylum procedure"


def test_plain_text_filter_and_attrs(topic):
    html = render(
        '{% translation topic "name" as t %}<h1{{ t.attrs }}>{{ t }}</h1>'
        '<title>{{ topic|translated_text:"name" }}</title>',
        language="fa",
        topic=topic,
    )
    assert html == '<h1 lang="de" dir="ltr">Asylverfahren</h1><title>Asylverfahren</title>'


def test_rich_text_translation_is_sanitised_on_save_and_output():
    page = SitePage(slug="impressum", title="Impressum", body="<p>Text</p>", version="1")
    page.set_translation(
        "en", {"title": "Imprint", "body": '<p onclick="x()">Hi</p><script>alert(1)</script>'}
    )
    assert page.translations["en"]["body"] == "<p>Hi</p>"
    # Rows written outside the admin: sanitised again on output.
    page.translations["en"]["body"] = "<p>Hi</p><script>alert(1)</script>"
    html = render('{% translated page "body" block=True %}', language="en", page=page)
    assert html == "<p>Hi</p>"
    fallback = render('{% translated page "body" block=True %}', language="ar", page=page)
    assert fallback == '<div lang="de" dir="ltr"><p>Text</p></div>'


def test_empty_translation_removes_language(topic):
    topic.set_translation("en", {"name": "  "}, needs_review=True)
    assert "en" not in topic.translations
    assert "en" not in topic.translation_review


def test_only_declared_fields_are_translatable(topic):
    with pytest.raises(ValueError, match="not translatable"):
        topic.set_translation("en", {"slug": "asylum"})
    with pytest.raises(ValueError, match="source text"):
        topic.set_translation("de", {"name": "Asyl"})


# --- the admin -------------------------------------------------------------------------


def test_admin_shows_each_language_beside_german(editor_client, topic):
    html = editor_client.get(reverse("admin:resources_topic_change", args=[topic.pk])).content
    html = html.decode()
    for code in ["en", "ar", "fa", "uk"]:
        assert f'name="translation_{code}_name"' in html
        assert f'name="translation_{code}_review"' in html
    assert 'name="name"' in html  # the German field stays
    assert "Übersetzung: Englisch" in html
    assert "Muss von einer Muttersprachlerin / einem Muttersprachler geprüft werden" in html
    assert 'value="Asylum procedure"' in html
    assert 'dir="rtl"' in html  # the Arabic and Farsi fields are written right to left


def test_editor_saves_a_translation_beside_german(editor_client, topic):
    url = reverse("admin:resources_topic_change", args=[topic.pk])
    data = {
        "name": "Asylverfahren",
        "slug": "asylverfahren",
        "parent": "",
        "description": "",
        "position": 0,
        "translation_en_name": "Asylum procedure",
        "translation_en_review": "",  # reviewed by a native speaker
        "translation_uk_name": "Процедура надання притулку",
        "translation_uk_review": "on",
    }
    response = editor_client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    topic.refresh_from_db()
    assert topic.name == "Asylverfahren"
    assert topic.translations == {
        "en": {"name": "Asylum procedure"},
        "uk": {"name": "Процедура надання притулку"},
    }
    assert topic.translation_review == {"en": False, "uk": True}


def test_site_page_translation_is_sanitised_in_the_admin(editor_client):
    page = SitePage.objects.create(
        slug="impressum", title="Impressum", body="<p>A</p>", version="1"
    )
    data = {
        "slug": "impressum",
        "title": "Impressum",
        "body": "<p>A</p>",
        "version": "1",
        "translation_en_title": "Imprint",
        "translation_en_body": '<p>B</p><img src="https://tracker.example/x.gif">',
        "translation_en_review": "on",
    }
    response = editor_client.post(reverse("admin:website_sitepage_change", args=[page.pk]), data)
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.translations["en"] == {"title": "Imprint", "body": "<p>B</p>"}


def test_translations_need_the_same_permission_as_the_record(topic):
    viewer = get_user_model().objects.create_user("viewer", password="pw", is_staff=True)
    client = Client()
    client.force_login(viewer)
    url = reverse("admin:resources_topic_change", args=[topic.pk])
    response = client.post(url, {"name": "X", "slug": "x", "translation_en_name": "Hacked"})
    assert response.status_code == 403
    topic.refresh_from_db()
    assert topic.translations["en"]["name"] == "Asylum procedure"


def test_inline_principles_and_groups_have_their_translations(editor_client):
    from counselling.models import Institution, OccasionGroup, Principle

    institution = Institution.objects.create(name="Schule", slug="schule")
    Principle.objects.create(institution=institution, name="Freiwilligkeit", text="Freiwillig.")
    OccasionGroup.objects.create(institution=institution, name="Konflikte")
    url = reverse("admin:counselling_institution_change", args=[institution.pk])
    html = editor_client.get(url).content.decode()
    assert 'name="principles-0-translation_fa_text"' in html
    assert 'name="occasion_groups-0-translation_uk_name"' in html
    # One collapsible section per language (Django renders it as <details>).
    assert html.count("<details") >= 4


def test_role_admin_keeps_its_fieldsets_and_adds_languages(editor_client):
    from counselling.models import Institution, Role

    institution = Institution.objects.create(name="Schule", slug="schule")
    role = Role.objects.create(institution=institution, name="Schulleitung", slug="sl")
    html = editor_client.get(reverse("admin:counselling_role_change", args=[role.pk])).content
    html = html.decode()
    assert "Qualifikation und Vertraulichkeit" in html
    for field in ["name", "summary", "tasks", "confidentiality"]:
        assert f'name="translation_ar_{field}"' in html
    assert "Übersetzung: Arabisch" in html


def test_load_demo_twice_changes_no_translation(db):
    """The demo's translations of every translatable model (topics, the counselling guide, the
    site pages): all flagged for review, and a second load_demo leaves them as they are."""
    import io

    from django.apps import apps
    from django.core.management import call_command

    from common.translations import TranslatableModel

    def snapshot():
        return {
            (model.__name__, obj.pk): (obj.translations, obj.translation_review)
            for model in apps.get_models()
            if issubclass(model, TranslatableModel)
            for obj in model.objects.all()
        }

    call_command("load_demo", stdout=io.StringIO())
    first = snapshot()
    translated = {key for key, (translations, _) in first.items() if translations}
    assert {model for model, _ in translated} == {
        "Topic",
        "ClientGroup",
        "EmergencyNumber",
        "Occasion",
        "OccasionGroup",
        "Principle",
        "Role",
        "SitePage",
    }
    for key in translated:
        translations, review = first[key]
        assert review == dict.fromkeys(translations, True), key
    call_command("load_demo", stdout=io.StringIO())
    assert snapshot() == first
