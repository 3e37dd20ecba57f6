"""The editor's admin speaks German: history in words, JavaScript widget texts."""

import json
import re

import pytest
from django.urls import reverse

from tests.factories import make_resource

pytestmark = pytest.mark.django_db


def test_history_shows_labels_dates_and_no_raw_values(editor_client):
    resource = make_resource("Arbeitshilfe Clearing", published=False)
    editor_client.post(
        reverse("admin:resources_resource_changelist"),
        {"action": "publish_selected", "_selected_action": [resource.pk]},
    )
    html = editor_client.get(
        reverse("admin:resources_resource_history", args=[resource.pk])
    ).content.decode()
    start = html.index('id="change-history"')
    table = html[start : html.index("</table>", start)]
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", table)).replace("&nbsp;", " ")
    assert "Entwurf → veröffentlicht" in text.replace("&rarr;", "→")
    assert "Änderungen" in text
    assert "None" not in text
    assert "Changes" not in text
    assert not re.search(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d+", text)


def test_admin_javascript_catalogue_has_the_selector_texts_in_german(editor_client):
    script = editor_client.get("/admin/jsi18n/").content.decode()
    catalogue = json.loads("{" + script.split("const newcatalog = {", 1)[1].split("};", 1)[0] + "}")
    assert catalogue["Choose all %s"] == "Alle %s auswählen"
    assert catalogue["Remove all %s"] == "Alle %s entfernen"
