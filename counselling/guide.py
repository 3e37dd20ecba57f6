"""The guide: whom to talk to first about an occasion, and where each of them can refer.

The referral paths form a graph that may contain loops (people are referred back). The guide
shows it as one tree per first contact, walked breadth-first; every role is explained once, at
its first contact number or where it is first reached, and a role reached again is shown as a
pointer ("zurück an …" for a role
already on the chain, "siehe oben" otherwise) and never expanded twice, so the list and the
drawing always end. Both the list and the SVG diagram are built from the same tree, so the
diagram's text alternative says exactly what the list says.
"""

from __future__ import annotations

import textwrap
import unicodedata
from collections import defaultdict, deque
from dataclasses import dataclass, field

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .models import ConfidentialityRule, Institution, Occasion, ReferralPath, Role

MAX_DEPTH = 4

SHORT_RULE_LABELS = {
    ConfidentialityRule.CONSENT: gettext_lazy("Einverständnis nötig"),
    ConfidentialityRule.ANONYMISED: gettext_lazy("anonymisiert"),
    ConfidentialityRule.DUTY_TO_INFORM: gettext_lazy("Informationspflicht"),
    ConfidentialityRule.RECOMMENDATION: gettext_lazy("Empfehlung"),
    ConfidentialityRule.WITHIN_TEAM: gettext_lazy("im Team vertraulich"),
}


@dataclass
class Node:
    role: Role
    depth: int
    path: ReferralPath | None = None  # how we got here; None for a first contact
    parent: Node | None = None
    children: list[Node] = field(default_factory=list)
    repeat: str = ""  # "loop": role is already on this chain; "seen": shown elsewhere above
    number: str = ""  # "1", "1.2", "1.2.1": the same numbering in list and diagram
    ref_number: str = ""  # for a repeat: where this role is explained

    @property
    def role_name(self) -> str:
        """The role's name in the reader's language (German where not translated)."""
        return self.role.translated_text("name")

    @property
    def role_name_is_fallback(self) -> bool:
        return self.role.translation("name").is_fallback

    @property
    def via_text(self) -> str:
        if self.path is None:
            return ""
        if self.path.via_note:
            return self.path.via_note
        names = [role.translated_text("name") for role in self.path.via_roles.all()]
        if not names:
            return ""
        separator = " " + _("oder") + " "
        return _("über %(names)s") % {"names": separator.join(names)}

    @property
    def rule_label(self) -> str:
        if self.path is None or not self.path.confidentiality_rule:
            return ""
        return self.path.get_confidentiality_rule_display()

    @property
    def rule_short(self) -> str:
        if self.path is None or not self.path.confidentiality_rule:
            return ""
        return str(SHORT_RULE_LABELS[self.path.confidentiality_rule])

    def sentence(self) -> str:
        """One plain sentence, used by the diagram's text alternative."""
        if self.parent is None:
            return _("%(number)s. Erste Ansprechperson: %(role)s.") % {
                "number": self.number,
                "role": self.role_name,
            }
        parts = [
            _("%(number)s. %(from)s verweist an %(to)s")
            % {"number": self.number, "from": self.parent.role_name, "to": self.role_name}
        ]
        if self.path.step:
            parts.append(_("Stufe %(step)s") % {"step": self.path.step})
        if self.via_text:
            parts.append(self.via_text)
        if self.path.condition:
            parts.append(_("wenn: %(condition)s") % {"condition": self.path.condition})
        parts.append(
            _("Schweigepflicht: %(rule)s") % {"rule": self.rule_label or _("keine Regel angegeben")}
        )
        if self.repeat == "loop":
            parts.append(
                _("zurück an eine schon genannte Stelle (Nr. %(ref)s)") % {"ref": self.ref_number}
            )
        elif self.repeat == "seen":
            parts.append(_("siehe Nr. %(ref)s") % {"ref": self.ref_number})
        return "; ".join(parts) + "."


@dataclass
class Guide:
    institution: Institution
    occasion: Occasion
    roots: list[Node]

    def nodes(self) -> list[Node]:
        """All nodes in list order (depth-first, as the numbered list reads)."""
        result = []

        def visit(node):
            result.append(node)
            for child in node.children:
                visit(child)

        for root in self.roots:
            visit(root)
        return result

    def edges(self) -> list[tuple[str, str]]:
        return [(n.parent.role.name, n.role.name) for n in self.nodes() if n.parent is not None]

    def text_alternative(self) -> list[str]:
        return [node.sentence() for node in self.nodes()]


def applies_to(path: ReferralPath, occasion: Occasion) -> bool:
    occasion_ids = {o.pk for o in path.occasions.all()}
    return not occasion_ids or occasion.pk in occasion_ids


def build_guide(*, institution: Institution, occasion: Occasion) -> Guide:
    """Reads everything in a fixed number of queries, then walks the graph in memory."""
    first_contacts = list(
        Role.objects.filter(institution=institution)
        .first_contacts_for(occasion)
        .select_related("organisation", "institution")
        .prefetch_related("serves")
        .order_by("position", "name")
    )
    paths_from: dict[int, list[ReferralPath]] = defaultdict(list)
    paths = (
        ReferralPath.objects.of_institution(institution)
        .for_guide()
        .select_related("to_role__organisation")
    )
    for path in paths:
        if applies_to(path, occasion):
            paths_from[path.from_role_id].append(path)

    roots = [
        Node(role=role, depth=0, number=str(index))
        for index, role in enumerate(first_contacts, start=1)
    ]
    # Every role is explained once: a first contact at its own number, any other role where it
    # is first reached. Elsewhere the guide points there, so the page grows with the number of
    # paths, not with paths times first contacts.
    expanded = {root.role.pk: root.number for root in roots}
    for root in roots:
        expand_breadth_first(root, paths_from, expanded)
    return Guide(institution=institution, occasion=occasion, roots=roots)


def expand_breadth_first(
    root: Node, paths_from: dict[int, list[ReferralPath]], expanded: dict[int, str]
) -> None:
    """`expanded` maps role ids to the number where the role is explained."""
    queue = deque([root])
    while queue:
        node = queue.popleft()
        if node.depth >= MAX_DEPTH:
            continue
        for position, path in enumerate(paths_from.get(node.role.pk, []), start=1):
            child = Node(
                role=path.to_role,
                depth=node.depth + 1,
                path=path,
                parent=node,
                number=f"{node.number}.{position}",
            )
            node.children.append(child)
            if path.to_role_id in ancestors_of(node):
                child.repeat = "loop"
                child.ref_number = expanded[path.to_role_id]
            elif path.to_role_id in expanded:
                child.repeat = "seen"
                child.ref_number = expanded[path.to_role_id]
            else:
                expanded[path.to_role_id] = child.number
                queue.append(child)


def ancestors_of(node: Node) -> set[int]:
    ids = set()
    while node is not None:
        ids.add(node.role.pk)
        node = node.parent
    return ids


# --- Diagram ---------------------------------------------------------------------------------

BOX_WIDTH = 230
COLUMN_GAP = 60
ROW_GAP = 14
LINE_HEIGHT = 17
PADDING = 10
WRAP = 26


def text_direction_of(text: str, *, default: str = "ltr") -> str:
    """The direction of a line by its first strong character, as dir="auto" decides."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind == "L":
            return "ltr"
        if kind in ("R", "AL"):
            return "rtl"
    return default


@dataclass(frozen=True)
class BoxLine:
    text: str
    y: int  # baseline
    is_title: bool
    direction: str  # "ltr" or "rtl", from the text itself
    anchor: str  # SVG text-anchor that puts the line at the box's leading edge


@dataclass
class Box:
    node: Node
    x: int
    y: int
    width: int
    height: int
    title_lines: list[str]
    detail_lines: list[str]
    rtl: bool = False

    @property
    def text_x(self) -> int:
        """Where each line starts: the box's left edge, its right edge in right-to-left
        (the SVG's direction is rtl there, so text-anchor "start" puts the line's right end
        at this x)."""
        return self.x + self.width - PADDING if self.rtl else self.x + PADDING

    def lines(self) -> list[BoxLine]:
        """Each line of text in the box with its baseline. A line keeps the direction of its
        own text (a German role name stays left to right in an Arabic diagram) and is
        anchored at the box's leading edge either way."""
        result = []
        y = self.y + PADDING + LINE_HEIGHT - 4
        for is_title, lines in ((True, self.title_lines), (False, self.detail_lines)):
            for line in lines:
                direction = text_direction_of(line, default="rtl" if self.rtl else "ltr")
                # text-anchor is relative to the line's direction: "start" is the right end
                # of a right-to-left line.
                anchor = "start" if (direction == "rtl") == self.rtl else "end"
                result.append(BoxLine(line, y, is_title, direction, anchor))
                y += LINE_HEIGHT
        return result


@dataclass
class Connector:
    parent: Box
    child: Box

    @property
    def d(self) -> str:
        """From the parent's trailing edge to the child's leading edge (right to left in
        right-to-left languages)."""
        y1 = self.parent.y + 22
        y2 = self.child.y + 22
        if self.parent.rtl:
            x1 = self.parent.x
            x2 = self.child.x + self.child.width
            end = x2 + 6
        else:
            x1 = self.parent.x + self.parent.width
            x2 = self.child.x
            end = x2 - 6
        middle = x1 + (x2 - x1) // 2
        return f"M{x1},{y1} H{middle} V{y2} H{end}"


@dataclass
class Diagram:
    width: int
    height: int
    boxes: list[Box]
    connectors: list[Connector]
    rtl: bool = False

    @property
    def direction(self) -> str:
        return "rtl" if self.rtl else "ltr"


def layout_diagram(guide: Guide, *, rtl: bool = False) -> Diagram:
    """A tree in reading direction: one column per referral step, one row per node, in list
    order. Left to right; with `rtl` (Arabic, Farsi) mirrored, the first contact on the right
    (every x becomes width − x) and the text anchored at each box's right edge."""
    boxes, connectors, by_node = [], [], {}
    y = PADDING
    for node in guide.nodes():
        title = textwrap.wrap(f"{node.number}  {node.role_name}", WRAP) or [node.role_name]
        details = []
        if node.repeat == "loop":
            details.append(_("↩ zurück an Nr. %(ref)s") % {"ref": node.ref_number})
        elif node.repeat == "seen":
            details.append(_("siehe Nr. %(ref)s") % {"ref": node.ref_number})
        if node.path is not None and node.path.step:
            details.append(_("Stufe %(step)s") % {"step": node.path.step})
        if node.rule_short:
            details.append(node.rule_short)
        elif node.parent is not None:
            details.append(_("Regel fehlt"))
        if node.via_text:
            details.extend(textwrap.wrap(node.via_text, WRAP + 4))
        height = PADDING * 2 + LINE_HEIGHT * (len(title) + len(details))
        box = Box(
            node=node,
            x=PADDING + node.depth * (BOX_WIDTH + COLUMN_GAP),
            y=y,
            width=BOX_WIDTH,
            height=height,
            title_lines=title,
            detail_lines=details,
        )
        by_node[id(node)] = box
        boxes.append(box)
        if node.parent is not None:
            connectors.append(Connector(parent=by_node[id(node.parent)], child=box))
        y += height + ROW_GAP
    # Dashed pointers first, so the solid lines of real referrals are drawn on top of them.
    connectors.sort(key=lambda connector: not connector.child.node.repeat)
    columns = max((b.node.depth for b in boxes), default=0) + 1
    width = PADDING * 2 + columns * BOX_WIDTH + (columns - 1) * COLUMN_GAP
    if rtl:
        for box in boxes:
            box.x = width - box.x - box.width
            box.rtl = True
    return Diagram(width=width, height=max(y, 40), boxes=boxes, connectors=connectors, rtl=rtl)
