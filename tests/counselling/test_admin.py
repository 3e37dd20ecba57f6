"""Editors work on roles with their referral paths inline and see the consistency checks."""

import pytest
from django.urls import reverse

from counselling.models import ReferralPath, Role

pytestmark = pytest.mark.django_db


def test_editor_sees_every_counselling_admin_page(editor_client, demo_loaded):
    school = demo_loaded["school"]
    role = Role.objects.get(institution=school, slug="beratungslehrkraft")
    for url in [
        reverse("admin:counselling_institution_changelist"),
        reverse("admin:counselling_institution_change", args=[school.pk]),
        reverse("admin:counselling_role_changelist"),
        reverse("admin:counselling_role_change", args=[role.pk]),
        reverse("admin:counselling_occasion_changelist"),
        reverse("admin:counselling_referralpath_changelist"),
        reverse("admin:counselling_institution_checks", args=[school.pk]),
    ]:
        assert editor_client.get(url).status_code == 200, url


def test_role_page_has_its_referral_paths_inline(editor_client, demo_loaded):
    role = Role.objects.get(institution=demo_loaded["school"], slug="beratungslehrkraft")
    html = editor_client.get(
        reverse("admin:counselling_role_change", args=[role.pk])
    ).content.decode()
    assert "Verweiswege von dieser Stelle aus" in html
    assert "über die Schulleitung oder das Beratungsteam" in html


def test_editor_adds_a_referral_path_inline(editor_client, make_institution):
    from .test_checks import base

    institution = make_institution(base())
    teacher = Role.objects.get(institution=institution, slug="lehrer")
    extern = Role.objects.get(institution=institution, slug="extern")
    url = reverse("admin:counselling_role_change", args=[teacher.pk])
    prefix = "referrals_out"
    existing = ReferralPath.objects.get(from_role=teacher)
    data = {
        "institution": institution.pk,
        "name": teacher.name,
        "short_name": "",
        "slug": teacher.slug,
        "kind": "internal",
        "summary": "",
        "occasions": [o.pk for o in teacher.occasions.all()],
        "direct_access": "on",
        "tasks": "",
        "qualification": "",
        "confidentiality": "",
        "location": "",
        "availability": "",
        "contact_note": "",
        "website": "",
        "source_quote": "",
        "position": 0,
        f"{prefix}-TOTAL_FORMS": 2,
        f"{prefix}-INITIAL_FORMS": 1,
        f"{prefix}-MIN_NUM_FORMS": 0,
        f"{prefix}-MAX_NUM_FORMS": 1000,
        f"{prefix}-0-id": existing.pk,
        f"{prefix}-0-from_role": teacher.pk,
        f"{prefix}-0-to_role": extern.pk,
        f"{prefix}-0-confidentiality_rule": "consent",
        f"{prefix}-1-from_role": teacher.pk,
        f"{prefix}-1-to_role": extern.pk,
        f"{prefix}-1-confidentiality_rule": "anonymised",
        f"{prefix}-1-step": 2,
        f"{prefix}-1-via_note": "über die Schulleitung oder das Beratungsteam",
    }
    response = editor_client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:3000]
    assert ReferralPath.objects.filter(from_role=teacher).count() == 2
    added = ReferralPath.objects.get(from_role=teacher, step=2)
    assert added.via_note == "über die Schulleitung oder das Beratungsteam"


def test_checks_page_lists_findings_of_broken_data(editor_client, make_institution):
    from .test_checks import base

    institution = make_institution(base())
    ReferralPath.objects.filter(from_role__institution=institution).update(confidentiality_rule="")
    html = editor_client.get(
        reverse("admin:counselling_institution_checks", args=[institution.pk])
    ).content.decode()
    assert 'data-code="path_without_rule"' in html
    assert "keine Regel zur Schweigepflicht" in html


def test_change_list_warns_editors_about_findings(editor_client, make_institution):
    from .test_checks import base

    data = base()
    data["paths"] = []
    make_institution(data)
    response = editor_client.get(reverse("admin:counselling_role_changelist"), follow=True)
    messages = [str(m) for m in response.context["messages"]]
    assert any("1 Hinweis zur Prüfung" in m for m in messages)


def test_public_cannot_open_the_checks_page(client, make_institution):
    from .test_checks import base

    institution = make_institution(base())
    response = client.get(reverse("admin:counselling_institution_checks", args=[institution.pk]))
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]
