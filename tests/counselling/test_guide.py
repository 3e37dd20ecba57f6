"""The guide tree: first contacts, referral chains, loops, and the diagram matching the list."""

import itertools
import re

import pytest

from counselling.guide import build_guide, layout_diagram
from counselling.models import Occasion

pytestmark = pytest.mark.django_db


def loop_data():
    """A → B → C → A (loop), B → D only for occasion "x", E not directly accessible."""
    role = lambda slug, **kw: {  # noqa: E731
        "slug": slug,
        "name": f"Stelle {slug.upper()}",
        "kind": "internal",
        **kw,
    }
    return {
        "slug": "schleife",
        "name": "Schule mit Schleife",
        "kind": "school",
        "occasion_groups": [
            {
                "name": "G",
                "occasions": [{"slug": "x", "name": "Anlass X"}, {"slug": "y", "name": "Anlass Y"}],
            }
        ],
        "roles": [
            role("a", occasions=["x", "y"]),
            role("b"),
            role("c"),
            role("d", kind="external"),
            role("e", occasions=["x"], direct_access=False),
        ],
        "paths": [
            {"from": "a", "to": "b", "rule": "within_team", "via_note": "über das Sekretariat"},
            {"from": "b", "to": "c", "rule": "within_team", "step": 1},
            {"from": "c", "to": "a", "rule": "within_team", "step": 2},
            {
                "from": "b",
                "to": "d",
                "rule": "consent",
                "occasions": ["x"],
                "condition": "wenn es ernst ist",
            },
            {"from": "a", "to": "c", "rule": "within_team"},
        ],
        "principles": [],
        "legal_bases": [],
    }


def guide_for(make_institution, occasion_slug):
    institution = make_institution(loop_data())
    occasion = Occasion.objects.get(institution=institution, slug=occasion_slug)
    return build_guide(institution=institution, occasion=occasion)


def test_first_contacts_are_directly_accessible_roles_accepting_the_occasion(make_institution):
    guide = guide_for(make_institution, "x")
    assert [root.role.name for root in guide.roots] == ["Stelle A"]


def test_a_referral_loop_is_shown_once_and_never_expanded_again(make_institution):
    guide = guide_for(make_institution, "x")
    nodes = guide.nodes()
    numbered = {n.number: (n.role.name, n.repeat, n.ref_number) for n in nodes}
    assert numbered == {
        "1": ("Stelle A", "", ""),
        "1.1": ("Stelle B", "", ""),
        "1.1.1": ("Stelle C", "seen", "1.2"),
        "1.1.2": ("Stelle D", "", ""),
        "1.2": ("Stelle C", "", ""),
        "1.2.1": ("Stelle A", "loop", "1"),
    }


def test_paths_for_other_occasions_are_left_out(make_institution):
    guide = guide_for(make_institution, "y")
    assert "Stelle D" not in {n.role.name for n in guide.nodes()}


def test_text_alternative_says_who_refers_whom_how(make_institution):
    sentences = guide_for(make_institution, "x").text_alternative()
    assert sentences[0] == "1. Erste Ansprechperson: Stelle A."
    assert sentences[1].startswith("1.1. Stelle A verweist an Stelle B; über das Sekretariat;")
    assert any("wenn: wenn es ernst ist" in s and "Einverständnis" in s for s in sentences)
    assert any("zurück an eine schon genannte Stelle (Nr. 1)" in s for s in sentences)


def test_diagram_draws_the_same_edges_as_the_list_and_no_cycle(make_institution):
    guide = guide_for(make_institution, "x")
    diagram = layout_diagram(guide)
    drawn = [(c.parent.node.role.name, c.child.node.role.name) for c in diagram.connectors]
    assert sorted(drawn) == sorted(guide.edges())
    # A tree: every box but the roots has exactly one incoming connector.
    assert len(diagram.connectors) == len(diagram.boxes) - len(guide.roots)
    # Boxes never overlap.
    spans = sorted((b.y, b.y + b.height) for b in diagram.boxes)
    assert all(end <= next_start for (_, end), (next_start, _) in itertools.pairwise(spans))
    assert diagram.width >= max(b.x + b.width for b in diagram.boxes)
    assert diagram.height >= max(b.y + b.height for b in diagram.boxes)


def test_guide_stops_at_the_maximum_depth(make_institution):
    chain = [f"r{i}" for i in range(10)]
    data = {
        "slug": "kette",
        "name": "Kette",
        "kind": "school",
        "occasion_groups": [{"name": "G", "occasions": [{"slug": "x", "name": "X"}]}],
        "roles": [
            {"slug": slug, "name": slug, "kind": "internal", "occasions": ["x"] if i == 0 else []}
            for i, slug in enumerate(chain)
        ],
        "paths": [
            {"from": a, "to": b, "rule": "within_team"} for a, b in itertools.pairwise(chain)
        ],
        "principles": [],
        "legal_bases": [],
    }
    institution = make_institution(data)
    guide = build_guide(institution=institution, occasion=institution.occasions.get())
    assert max(n.depth for n in guide.nodes()) == 4


def test_demo_guide_list_and_svg_match_for_every_school_occasion(demo_loaded, client):
    institution = demo_loaded["school"]
    for occasion in institution.occasions.all():
        html = client.get(occasion.get_absolute_url()).content.decode()
        guide = build_guide(institution=institution, occasion=occasion)
        svg = html[html.index("<svg") : html.index("</svg>")] if guide.roots else ""
        drawn = re.findall(r'data-number="([\d.]+)"/>', svg)
        listed = re.findall(r'<li id="stelle-([\d.]+)"', html)
        listed += re.findall(r'<li class="guide-root" id="stelle-([\d.]+)"', html)
        boxes = re.findall(
            r'<g class="diagram-node[^"]*" data-role="[^"]*" data-number="([\d.]+)"', svg
        )
        assert sorted(boxes) == sorted(listed), occasion.slug
        assert sorted(drawn) == sorted(n for n in listed if "." in n), occasion.slug
        desc = re.search(r'<desc id="diagram-desc">(.*?)</desc>', svg, re.S)
        if guide.roots:
            for node in guide.nodes():
                assert f"{node.number}. " in desc.group(1)


def test_a_first_contact_met_in_another_chain_points_to_its_own_entry(make_institution):
    data = loop_data()
    data["roles"][1]["occasions"] = ["x"]  # B becomes a first contact too
    institution = make_institution(data)
    occasion = Occasion.objects.get(institution=institution, slug="x")
    guide = build_guide(institution=institution, occasion=occasion)
    assert [r.role.name for r in guide.roots] == ["Stelle A", "Stelle B"]
    under_a = {n.role.name: (n.repeat, n.ref_number) for n in guide.roots[0].children}
    assert under_a["Stelle B"] == ("seen", "2")
    assert guide.roots[1].children  # B's own referrals are explained under number 2
