"""Ways to reach a service: data, public cards, emergency numbers, the editors' worklist."""

import pytest
from django.core.exceptions import ValidationError

from counselling.checks import consistency_findings
from counselling.models import EmergencyNumber, Occasion, Role
from counselling.phones import phone_href, validate_phone

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("typed", "href"),
    [
        ("110", "tel:110"),
        ("116 111", "tel:116111"),
        ("0361 / 12 34-56", "tel:0361123456"),
        ("(0361) 123456", "tel:0361123456"),
        ("+49 (0) 361 123456", "tel:+49361123456"),
        ("+49 361 123456", "tel:+49361123456"),
        ("", ""),
    ],
)
def test_phone_numbers_as_people_type_them_become_dialable_links(typed, href):
    assert phone_href(typed) == href


@pytest.mark.parametrize("typed", ["Hotline", "ab 0361", "12", "0361 123456 oder später"])
def test_phone_field_rejects_text_that_cannot_be_dialled(typed):
    with pytest.raises(ValidationError):
        validate_phone(typed)


def network(phone="", email="", website="", address=""):
    return {
        "slug": "netz",
        "name": "Netz",
        "kind": "network",
        "occasion_groups": [
            {
                "name": "G",
                "occasions": [
                    {"slug": "gewalt", "name": "Gewalt", "crisis": True},
                    {"slug": "schule", "name": "Schule"},
                ],
            }
        ],
        "roles": [
            {
                "slug": "dienst",
                "name": "Fachdienst Nord",
                "kind": "external",
                "occasions": ["gewalt", "schule"],
                "phone": phone,
                "email": email,
                "website": website,
                "postal_address": address,
            }
        ],
        "paths": [],
        "principles": [],
        "legal_bases": [],
    }


def test_check_reports_an_external_service_nobody_can_reach(make_institution):
    findings = consistency_findings(institution=make_institution(network()))
    assert [f.code for f in findings] == ["role_without_contact"]
    assert "Fachdienst Nord" in findings[0].message
    assert findings[0].admin_url.startswith("/admin/counselling/role/")


@pytest.mark.parametrize(
    "contact",
    [
        {"phone": "0361 123456"},
        {"email": "info@example.org"},
        {"website": "https://example.org/"},
        {"address": "Hauptstraße 1\n99084 Erfurt"},
    ],
)
def test_any_one_channel_is_enough_for_the_check(make_institution, contact):
    findings = consistency_findings(institution=make_institution(network(**contact)))
    assert findings == []


def test_demo_network_lists_its_services_without_contact(demo_loaded):
    """The seed names no phone number for any Thuringian service: the check must say so
    rather than the demo inventing one."""
    findings = consistency_findings(institution=demo_loaded["network"])
    reported = [f.message for f in findings if f.code == "role_without_contact"]
    roles = Role.objects.filter(institution=demo_loaded["network"]).select_related("organisation")
    unreachable = [
        r.name for r in roles if not r.website and not (r.organisation and r.organisation.website)
    ]
    assert unreachable
    assert len(reported) == len(unreachable)
    assert all(any(name in message for message in reported) for name in unreachable)
    assert not Role.objects.exclude(phone="").exists()
    assert not Role.objects.exclude(email="").exists()


def test_card_shows_phone_and_mail_as_links(client, make_institution):
    institution = make_institution(network(phone="0361 / 123 456", email="rat@example.org"))
    html = client.get(f"/beratung/{institution.slug}/stellen/").content.decode()
    assert 'href="tel:0361123456"' in html
    assert 'href="mailto:rat@example.org"' in html


def test_card_says_when_contacts_are_missing(client, make_institution):
    institution = make_institution(network())
    html = client.get(f"/beratung/{institution.slug}/stellen/").content.decode()
    assert "noch nicht eingetragen" in html


def test_crisis_occasion_shows_the_emergency_numbers_from_the_admin(client, make_institution):
    institution = make_institution(network())
    EmergencyNumber.objects.create(name="Krisendienst Test", phone="0800 1110111", position=9)
    hidden = EmergencyNumber.objects.create(name="Abgeschaltet", phone="0800 222", is_active=False)
    crisis = Occasion.objects.get(institution=institution, slug="gewalt")
    html = client.get(crisis.get_absolute_url()).content.decode()
    assert 'href="tel:110"' in html
    assert 'href="tel:116016"' in html
    assert 'href="tel:08001110111"' in html
    assert hidden.name not in html
    calm = Occasion.objects.get(institution=institution, slug="schule")
    assert 'href="tel:110"' not in client.get(calm.get_absolute_url()).content.decode()


def test_editor_filters_services_with_missing_contacts(editor_client, make_institution):
    make_institution(network())
    html = editor_client.get("/admin/counselling/role/?kontakt=fehlt").content.decode()
    assert "Fachdienst Nord" in html
    html = editor_client.get("/admin/counselling/role/?kontakt=da").content.decode()
    assert "Fachdienst Nord" not in html
