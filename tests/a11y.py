"""A small structural accessibility check for server-rendered pages (WCAG 2.1 basics).

Not a replacement for a manual audit: it catches what regresses silently — a missing `lang`,
a skipped heading level, a form control without a label, an image without alt text, a page
without landmarks, a duplicate id.
"""

from collections import Counter
from html.parser import HTMLParser

LABELLABLE = {"input", "select", "textarea"}
UNLABELLED_INPUT_TYPES = {"hidden", "submit", "button", "reset", "image"}


class _Collector(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.html_lang = None
        self.headings: list[int] = []
        self.ids: Counter = Counter()
        self.label_for: set[str] = set()
        self.controls: list[dict] = []
        self.images_without_alt: list[str] = []
        self.landmarks: set[str] = set()
        self.open_labels = 0

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "html":
            self.html_lang = attributes.get("lang")
        if "id" in attributes:
            self.ids[attributes["id"]] += 1
        if tag in {"h1", "h2", "h3", "h4", "h5", "h6"}:
            self.headings.append(int(tag[1]))
        if tag in {"main", "nav", "header", "footer"}:
            self.landmarks.add(tag)
        if tag == "label":
            self.open_labels += 1
            if attributes.get("for"):
                self.label_for.add(attributes["for"])
        if tag in LABELLABLE and attributes.get("type") not in UNLABELLED_INPUT_TYPES:
            self.controls.append({**attributes, "_tag": tag, "_wrapped": self.open_labels > 0})
        if tag == "img" and "alt" not in attributes:
            self.images_without_alt.append(attributes.get("src", "?"))

    def handle_endtag(self, tag):
        if tag == "label" and self.open_labels:
            self.open_labels -= 1


def accessibility_problems(html: str) -> list[str]:
    collector = _Collector()
    collector.feed(html)
    problems = []
    if not collector.html_lang:
        problems.append("<html> has no lang attribute")
    if collector.headings.count(1) != 1:
        problems.append(f"expected exactly one h1, found {collector.headings.count(1)}")
    previous = 0
    for level in collector.headings:
        if level > previous + 1 and previous:
            problems.append(f"heading level jumps from h{previous} to h{level}")
        previous = level
    for name, count in collector.ids.items():
        if count > 1:
            problems.append(f"id {name!r} used {count} times")
    for control in collector.controls:
        labelled = (
            control["_wrapped"]
            or control.get("id") in collector.label_for
            or control.get("aria-label")
            or control.get("aria-labelledby")
            or control.get("title")
        )
        if not labelled:
            problems.append(f"<{control['_tag']} name={control.get('name')!r}> has no label")
    problems.extend(f"<img src={src!r}> has no alt text" for src in collector.images_without_alt)
    for landmark in ("main", "nav", "header", "footer"):
        if landmark not in collector.landmarks:
            problems.append(f"no <{landmark}> landmark")
    return problems
