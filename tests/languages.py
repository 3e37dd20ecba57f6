"""Helpers for the interface-language tests (tests/project/test_languages.py, tests/e2e/).

`public_paths()` names one page of every kind the public can open, from the demo content, by
its German (unprefixed) address; `in_language()` puts it under another language's prefix.
`visible_ui_text()` is what a reader sees of a page minus content: the text of elements marked
German (`lang="de"`, content shown untranslated) and of isolated content (`<bdi>`,
`dir="auto"`) is dropped, together with scripts, styles and the page's <title> (which quotes
content; an SVG's <title> is checked).
"""

from html.parser import HTMLParser
from pathlib import Path

import polib
from django.conf import settings
from django.urls import reverse
from django.utils import timezone, translation

LOCALE = Path(settings.BASE_DIR) / "locale"
OTHER_LANGUAGES = [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]
RTL = {"ar", "fa"}


def public_paths() -> dict[str, str]:
    """{name: German path} of every kind of public page (demo content loaded)."""
    from counselling.models import Institution, Occasion
    from legal.models import AmendingAct, Provision, Statute
    from newsletter.models import Issue
    from resources.models import Organisation, Resource, Topic

    with translation.override(settings.LANGUAGE_CODE):
        statute = Statute.objects.first()
        institution = Institution.objects.get(slug="thueringen")
        crisis = Occasion.objects.filter(institution=institution, is_crisis=True).first()
        topic = Topic.objects.filter(parent=None).first()
        issue = Issue.objects.archived().first()
        if issue is None:
            # The demo keeps its sample issue as a draft; mark it sent to show the page.
            issue = Issue.objects.first()
            Issue.objects.filter(pk=issue.pk).update(
                status=Issue.Status.SENT, sent_at=timezone.now()
            )
            issue.refresh_from_db()
        return {
            "home": reverse("home"),
            "resources": reverse("resources:list"),
            "search": reverse("resources:list") + f"?q=Vormundschaft&topic={topic.slug}",
            "facets": reverse("resources:list") + "?region=bundesweit&sort=newest",
            "resource": Resource.objects.published().with_link().first().get_absolute_url(),
            "resource_without_link": (
                Resource.objects.published().without_link().first().get_absolute_url()
            ),
            "topic": topic.get_absolute_url(),
            "publisher": (
                Organisation.objects.filter(resources__isnull=False).first().get_absolute_url()
            ),
            "legal": reverse("legal:index"),
            "statute": statute.get_absolute_url(),
            "point_in_time": reverse("legal:point_in_time", args=[statute.slug])
            + "?datum=2020-01-01",
            "provision": reverse(
                "legal:provision", args=[statute.slug, Provision.objects.first().key]
            ),
            "act": reverse("legal:act", args=[AmendingAct.objects.first().pk]),
            "counselling": reverse("counselling:index"),
            "institution": institution.get_absolute_url(),
            "guide_with_diagram": crisis.get_absolute_url(),
            "roles": reverse("counselling:roles", args=[institution.slug]),
            "concept": reverse("counselling:concept", args=["oberschule-soltau"]),
            "newsletter": reverse("newsletter:index"),
            "newsletter_manage": reverse("newsletter:manage"),
            "newsletter_archive": reverse("newsletter:archive"),
            "newsletter_issue": reverse("newsletter:archive_detail", args=[issue.slug]),
            "imprint": reverse("imprint"),
            "privacy": reverse("privacy"),
            "accessibility": reverse("accessibility"),
            "not_found": "/gibt-es-nicht/",
        }


def in_language(path: str, language: str) -> str:
    return path if language == settings.LANGUAGE_CODE else f"/{language}{path}"


# --- What a reader sees of the interface -----------------------------------------------------

VOID = {
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
    "track", "wbr",
}  # fmt: skip
SKIPPED_TAGS = {"script", "style", "title"}
UI_ATTRIBUTES = {"aria-label", "title", "placeholder", "alt", "aria-description"}


def is_content(tag: str, attributes: dict) -> bool:
    """German content shown as it is: marked lang="de", or isolated as content."""
    lang = (attributes.get("lang") or "").lower()
    return (
        lang == "de"
        or lang.startswith("de-")
        or tag == "bdi"
        or (attributes.get("dir") or "").lower() == "auto"
    )


class _VisibleText(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, bool]] = []  # (tag, hidden from the check)
        self.parts: list[str] = []

    @property
    def hidden(self) -> bool:
        return bool(self.stack) and self.stack[-1][1]

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        in_svg = any(name == "svg" for name, _hidden in self.stack)
        skipped = tag in SKIPPED_TAGS and not (tag == "title" and in_svg)  # an SVG's name counts
        hidden = self.hidden or skipped or is_content(tag, attributes)
        if not hidden:
            self.parts.extend(v for k, v in attributes.items() if k in UI_ATTRIBUTES and v)
            if tag == "input" and attributes.get("type") in {"submit", "button"}:
                self.parts.append(attributes.get("value") or "")
        if tag not in VOID:
            self.stack.append((tag, hidden))

    def handle_startendtag(self, tag, attrs):
        if not (self.hidden or is_content(tag, dict(attrs))):
            self.parts.extend(v for k, v in attrs if k in UI_ATTRIBUTES and v)

    def handle_endtag(self, tag):
        # Close up to the matching element (tolerates the odd unclosed <p> or <li>).
        for index in range(len(self.stack) - 1, -1, -1):
            if self.stack[index][0] == tag:
                del self.stack[index:]
                return

    def handle_data(self, data):
        if not self.hidden and data.strip():
            self.parts.append(data)


def visible_ui_text(html: str) -> str:
    parser = _VisibleText()
    parser.feed(html)
    parser.close()
    return "\n".join(" ".join(part.split()) for part in parser.parts)


# --- The catalogues --------------------------------------------------------------------------


def catalogue(language: str) -> polib.POFile:
    return polib.pofile(str(LOCALE / language / "LC_MESSAGES" / "django.po"))


def compiled_catalogue(language: str) -> polib.MOFile:
    return polib.mofile(str(LOCALE / language / "LC_MESSAGES" / "django.mo"))


def german_fragments(language: str, min_length: int = 12) -> set[str]:
    """German interface text that must not appear on a page in `language`: each msgid (and
    plural) longer than `min_length` whose translation differs from it, cut at its
    placeholders (%(name)s, %s, %d); fragments of that length or shorter are not checked."""
    import re

    placeholder = re.compile(r"%(?:\([^)]+\))?[sdif]|\{[^}]*\}")
    entries = catalogue(language)
    # A German name a translation keeps on purpose ("Flüchtlingsrat Thüringen") is no leftover.
    translated = "\n".join(
        text for entry in entries for text in [entry.msgstr, *entry.msgstr_plural.values()]
    )
    # Strings the code uses that the catalogue does not know yet are untranslated, too.
    known = {(entry.msgctxt or "", entry.msgid) for entry in entries}
    pending = [
        polib.POEntry(msgid=msgid, msgctxt=context or None)
        for context, msgid in messages_in_code()
        if (context, msgid) not in known
    ]
    fragments = set()
    for entry in [*entries, *pending]:
        if entry.obsolete:
            continue
        translations = [entry.msgstr, *entry.msgstr_plural.values()]
        for german in filter(None, [entry.msgid, entry.msgid_plural]):
            if german in translations:
                continue  # the same in both languages ("FRS Portal", "E-Mail")
            for piece in placeholder.split(german):
                piece = " ".join(piece.split()).strip(" .,:;–-()„“\"'")
                if len(piece) > min_length and piece not in translated:
                    fragments.add(piece)
    return fragments


# --- The interface strings in the code -------------------------------------------------------

SOURCE_DIRS = [
    "common", "counselling", "frs_portal", "legal", "linkcheck", "newsletter", "resources",
    "templates", "website",
]  # fmt: skip
# makemessages must read the SVG templates too: `makemessages -e html,txt,py,svg`.
TEMPLATE_SUFFIXES = {".html", ".txt", ".svg"}
GETTEXT_FUNCTIONS = {
    "gettext": (None, 0),
    "gettext_lazy": (None, 0),
    "gettext_noop": (None, 0),
    "ngettext": (None, 0),
    "ngettext_lazy": (None, 0),
    "pgettext": (0, 1),
    "pgettext_lazy": (0, 1),
    "npgettext": (0, 1),
    "npgettext_lazy": (0, 1),
}  # name: (index of the context argument, of the msgid argument)


def _messages_from_call(name: str, args: list) -> list[tuple[str, str]]:
    context_at, msgid_at = GETTEXT_FUNCTIONS[name]
    if len(args) <= msgid_at or not isinstance(args[msgid_at], str):
        return []
    context = args[context_at] if context_at is not None else ""
    found = [(context if isinstance(context, str) else "", args[msgid_at])]
    return found


def _python_messages(source: str) -> set[tuple[str, str]]:
    import ast

    tree = ast.parse(source)
    aliases = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module == "django.utils.translation":
            for alias in node.names:
                if alias.name in GETTEXT_FUNCTIONS:
                    aliases[alias.asname or alias.name] = alias.name
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            name = None
            if isinstance(node.func, ast.Name):
                name = aliases.get(node.func.id)
            elif isinstance(node.func, ast.Attribute) and node.func.attr in GETTEXT_FUNCTIONS:
                name = node.func.attr  # translation.gettext(…)
            if name:
                args = [a.value if isinstance(a, ast.Constant) else None for a in node.args]
                found.update(_messages_from_call(name, args))
    return found


def _template_messages(source: str) -> set[tuple[str, str]]:
    """The msgids makemessages reads from a template, through Django's own templatize."""
    import ast
    import io as _io
    import tokenize

    from django.utils.translation.template import templatize

    tokens = list(tokenize.generate_tokens(_io.StringIO(templatize(source)).readline))
    found = set()
    for index, token in enumerate(tokens):
        is_call = index + 1 < len(tokens) and tokens[index + 1].string == "("
        if token.type == tokenize.NAME and token.string in GETTEXT_FUNCTIONS and is_call:
            args, position = [], index + 2
            while position < len(tokens) and tokens[position].string != ")":
                if tokens[position].type == tokenize.STRING:
                    args.append(ast.literal_eval(tokens[position].string))
                elif tokens[position].string != ",":
                    args.append(None)
                position += 1
            found.update(_messages_from_call(token.string, args))
    return found


def messages_in_code() -> dict[tuple[str, str], str]:
    """{(context, msgid): a file that uses it} for every gettext string in the portal's code
    and templates (what `makemessages -e html,txt,py,svg` collects)."""
    base = Path(settings.BASE_DIR)
    found: dict[tuple[str, str], str] = {}
    for directory in SOURCE_DIRS:
        for path in sorted((base / directory).rglob("*")):
            if "migrations" in path.parts or "__pycache__" in path.parts:
                continue
            if path.suffix == ".py":
                messages = _python_messages(path.read_text(encoding="utf-8"))
            elif path.suffix in TEMPLATE_SUFFIXES and "templates" in path.parts:
                messages = _template_messages(path.read_text(encoding="utf-8"))
            else:
                continue
            for message in messages:
                found.setdefault(message, str(path.relative_to(base)))
    return found
