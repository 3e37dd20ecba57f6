"""Consistency checks for editors, tried with broken data."""

import pytest

from counselling.checks import consistency_findings
from counselling.models import ConfidentialityRule, Occasion, ReferralPath, Role

pytestmark = pytest.mark.django_db


def codes(institution):
    return sorted(f.code for f in consistency_findings(institution=institution))


def base(slug="a"):
    return {
        "slug": slug,
        "name": f"Schule {slug}",
        "kind": "school",
        "occasion_groups": [{"name": "G", "occasions": [{"slug": "x", "name": "Anlass X"}]}],
        "roles": [
            {"slug": "lehrer", "name": "Lehrkraft", "kind": "internal", "occasions": ["x"]},
            {
                "slug": "extern",
                "name": "Extern",
                "kind": "external",
                "direct_access": False,
                "phone": "0361 123456",
            },
        ],
        "paths": [{"from": "lehrer", "to": "extern", "rule": "consent"}],
        "principles": [],
        "legal_bases": [],
    }


def test_consistent_data_has_no_findings(make_institution):
    assert codes(make_institution(base())) == []


def test_demo_content_has_no_findings_but_missing_contacts(demo_loaded):
    """The seeds name no phone numbers: those gaps are the only findings in the demo."""
    for institution in demo_loaded.values():
        codes = {f.code for f in consistency_findings(institution=institution)}
        assert codes <= {"role_without_contact"}


def test_occasion_no_role_accepts(make_institution):
    data = base()
    data["occasion_groups"][0]["occasions"].append({"slug": "leer", "name": "Niemandes Anlass"})
    findings = consistency_findings(institution=make_institution(data))
    assert [f.code for f in findings] == ["occasion_without_role"]
    assert "Niemandes Anlass" in findings[0].message
    assert findings[0].admin_url.startswith("/admin/counselling/occasion/")


def test_occasion_only_indirect_roles_accept(make_institution):
    data = base()
    data["occasion_groups"][0]["occasions"].append({"slug": "y", "name": "Y"})
    data["roles"][1]["occasions"] = ["y"]
    assert codes(make_institution(data)) == ["occasion_without_first_contact"]


def test_role_nobody_can_reach(make_institution):
    data = base()
    data["paths"] = []
    findings = consistency_findings(institution=make_institution(data))
    assert [f.code for f in findings] == ["unreachable_role"]
    assert "Extern" in findings[0].message


def test_a_path_from_the_role_to_itself_does_not_make_it_reachable(make_institution):
    data = base()
    data["paths"] = []
    institution = make_institution(data)
    extern = Role.objects.get(institution=institution, slug="extern")
    ReferralPath.objects.create(from_role=extern, to_role=extern, confidentiality_rule="consent")
    assert "unreachable_role" in codes(institution)


def test_path_to_a_role_of_another_institution(make_institution):
    one = make_institution(base("eins"))
    two = make_institution(base("zwei"))
    path = ReferralPath.objects.get(from_role__institution=one)
    path.to_role = Role.objects.get(institution=two, slug="extern")
    path.save()
    findings = consistency_findings(institution=one)
    assert "path_other_institution" in [f.code for f in findings]
    assert "Schule zwei" in next(f.message for f in findings if f.code == "path_other_institution")
    # The role of "eins" that lost its only path is now unreachable as well.
    assert "unreachable_role" in [f.code for f in findings]


def test_path_with_via_role_or_occasion_of_another_institution(make_institution):
    one = make_institution(base("eins"))
    two = make_institution(base("zwei"))
    path = ReferralPath.objects.get(from_role__institution=one)
    path.via_roles.add(Role.objects.get(institution=two, slug="lehrer"))
    path.occasions.add(Occasion.objects.get(institution=two))
    assert codes(one) == ["path_other_institution"]


def test_path_leaving_the_institution_without_confidentiality_rule(make_institution):
    institution = make_institution(base())
    ReferralPath.objects.filter(from_role__institution=institution).update(confidentiality_rule="")
    findings = consistency_findings(institution=institution)
    assert [f.code for f in findings] == ["path_without_rule"]
    assert "Lehrkraft → Extern" in findings[0].message


def test_internal_path_without_rule_is_fine(make_institution):
    data = base()
    data["roles"].append({"slug": "bl", "name": "BL", "kind": "internal"})
    data["paths"].append({"from": "lehrer", "to": "bl"})
    assert codes(make_institution(data)) == []


def test_rule_choices_cover_the_three_named_in_the_brief():
    values = set(ConfidentialityRule.values)
    assert {"consent", "anonymised", "duty_to_inform"} <= values
