import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from resources.models import Resource, ResourceLink
from tests.factories import make_resource

pytestmark = pytest.mark.django_db


def test_resources_sort_newest_first_with_partial_dates():
    year_only = make_resource("Nur Jahr", pub_year=2017)
    month = make_resource("Monat", pub_year=2017, pub_month=3)
    older = make_resource("Älter", pub_year=2016, pub_month=12, pub_day=31)
    undated = make_resource("Ohne Datum")
    ordered = list(Resource.objects.newest_first())
    assert ordered == [month, year_only, older, undated]


def test_impossible_publication_date_is_a_form_error_on_the_day():
    resource = make_resource(pub_year=2023, pub_month=2, pub_day=30)
    with pytest.raises(ValidationError) as exc:
        resource.full_clean()
    assert "pub_day" in exc.value.message_dict


def test_flagged_resource_cannot_be_published():
    resource = make_resource(published=False, needs_review=True)
    with pytest.raises(ValidationError):
        resource.publish()
    resource.status = Resource.Status.PUBLISHED
    with pytest.raises(ValidationError) as exc:
        resource.full_clean()
    assert "status" in exc.value.message_dict


def test_published_excludes_drafts_and_scheduled_resources():
    live = make_resource("live")
    make_resource("draft", published=False)
    make_resource("scheduled", published_at=timezone.now() + timezone.timedelta(days=1))
    assert list(Resource.objects.published()) == [live]


def test_duplicate_link_url_names_the_resource_that_has_it():
    owner = make_resource("Broschüre neu anfangen", links=["https://example.org/neu-anfangen.pdf"])
    other = make_resource("Anderes Material")
    link = ResourceLink(resource=other, url="https://example.org/neu-anfangen.pdf")
    with pytest.raises(ValidationError) as exc:
        link.full_clean()
    message = " ".join(exc.value.message_dict["url"])
    assert "Broschüre neu anfangen" in message
    assert str(owner.pk) in message


def test_links_without_url_do_not_collide():
    make_resource("A", links=[{"url": "", "label": "fehlt"}])
    make_resource("B", links=[{"url": "", "label": "fehlt auch"}])
    assert ResourceLink.objects.filter(url="").count() == 2


def test_languages_follow_link_order_without_repeats():
    resource = make_resource(
        links=[
            {"url": "https://example.org/de", "language": "de"},
            {"url": "https://example.org/fa", "language": "fa"},
            {"url": "https://example.org/de2", "language": "de"},
        ]
    )
    assert resource.languages() == ["de", "fa"]
    assert [link.direction for link in resource.links.all()] == ["ltr", "rtl", "ltr"]
