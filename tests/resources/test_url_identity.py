"""Duplicate links however the address is spelled, with a link to the resource that has it."""

import pytest
from django.urls import reverse

from resources.url_identity import url_identity
from tests.factories import make_resource

from .test_admin import resource_form_data

SAME = [
    ("https://example.org/arbeitshilfe.pdf", "http://example.org/arbeitshilfe.pdf"),
    ("https://www.example.org/ratgeber/", "https://example.org/ratgeber"),
    ("https://EXAMPLE.org/Ratgeber", "https://example.org/Ratgeber"),
    ("https://example.org/a?utm_source=newsletter&utm_medium=mail", "https://example.org/a"),
    ("https://example.org/a?id=3&fbclid=IwAR0abc", "https://example.org/a?id=3"),
    ("https://example.org/a?gclid=xyz#teil-2", "https://example.org/a"),
    ("https://example.org:443/a", "https://example.org/a"),
    ("https://example.org/M%C3%BCnchen", "https://example.org/München"),
]
DIFFERENT = [
    ("https://example.org/a?id=3", "https://example.org/a?id=4"),
    ("https://example.org/a", "https://example.org/b"),
    ("https://example.org/Ratgeber", "https://example.org/ratgeber"),
    ("https://sub.example.org/a", "https://example.org/a"),
    ("https://example.org:8080/a", "https://example.org/a"),
]


@pytest.mark.parametrize(("one", "other"), SAME)
def test_spellings_of_one_address_have_one_identity(one, other):
    assert url_identity(one) == url_identity(other)


@pytest.mark.parametrize(("one", "other"), DIFFERENT)
def test_different_documents_stay_different(one, other):
    assert url_identity(one) != url_identity(other)


@pytest.mark.django_db
@pytest.mark.parametrize(
    "typed",
    [
        "http://example.org/18-und-dann.pdf",
        "https://www.example.org/18-und-dann.pdf",
        "https://example.org/18-und-dann.pdf?utm_source=newsletter",
    ],
)
def test_admin_refuses_another_spelling_and_links_the_owner(editor_client, typed):
    owner = make_resource("Die Zukunft im Blick", links=["https://example.org/18-und-dann.pdf"])
    response = editor_client.post(
        reverse("admin:resources_resource_add"), resource_form_data(**{"links-0-url": typed})
    )
    assert response.status_code == 200
    html = response.content.decode()
    owner_url = reverse("admin:resources_resource_change", args=[owner.pk])
    assert f'<a href="{owner_url}">' in html
    assert "Die Zukunft im Blick" in html


@pytest.mark.django_db
def test_admin_accepts_a_different_document_on_the_same_site(editor_client):
    make_resource("Die Zukunft im Blick", links=["https://example.org/18-und-dann.pdf"])
    response = editor_client.post(
        reverse("admin:resources_resource_add"),
        resource_form_data(**{"links-0-url": "https://example.org/18-und-dann-teil-2.pdf"}),
    )
    assert response.status_code == 302
