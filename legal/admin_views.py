"""The staff paste-and-preview page for footnotes, inside the admin.

Editors paste a footnote block (or upload a file), see per note what was recognised next to
the source text with every unparsed span highlighted, and confirm the import. It needs the
same permissions as editing statutes and their events in the admin.
"""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied, RequestDataTooBig
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from common.ratelimit import limit_posts

from . import footnotes, services
from .forms import FootnoteImportForm

TOO_BIG = gettext_lazy("Der eingefügte Text ist zu groß. Bitte höchstens 1 MB auf einmal einfügen.")


def source_pieces(note: footnotes.Footnote) -> list[dict]:
    """The note's text cut at its unparsed spans, for highlighting them in the source."""
    pieces = []
    pos = 0
    for u in sorted(note.unparsed, key=lambda u: u.start):
        start, end = max(u.start, pos), max(u.end, u.start)
        if start > pos:
            pieces.append({"text": note.text[pos:start], "unparsed": False})
        if end > start:
            pieces.append({"text": note.text[start:end], "unparsed": True, "reason": u.reason})
        pos = max(pos, end)
    if pos < len(note.text):
        pieces.append({"text": note.text[pos:], "unparsed": False})
    return pieces


def _staff_key(request, *args, **kwargs):
    return [str(request.user.pk)]


@limit_posts("footnote_import", per_ip="staff_import", per_key=("staff_import", _staff_key))
def footnote_import(request, model_admin):
    opts = model_admin.model._meta
    if not (
        model_admin.has_change_permission(request)
        and request.user.has_perm("legal.change_amendmentevent")
        and request.user.has_perm("legal.add_amendmentevent")
        # An import also removes the events of footnotes that changed.
        and request.user.has_perm("legal.delete_amendmentevent")
    ):
        raise PermissionDenied
    try:
        data = request.POST if request.method == "POST" else None
        files = request.FILES if request.method == "POST" else None
        form = FootnoteImportForm(data, files, initial={"statute": request.GET.get("statute")})
        valid = data is not None and form.is_valid()
    except RequestDataTooBig:
        response = TemplateResponse(
            request,
            "admin/legal/statute/footnote_import.html",
            {**model_admin.admin_site.each_context(request), "opts": opts, "too_big": TOO_BIG},
            status=400,
        )
        return response
    parsed = None
    problems: list[str] = []
    if valid:
        text = form.cleaned_data["text"]
        statute = form.cleaned_data["statute"]
        text_format = form.cleaned_data["text_format"] or "auto"
        try:
            parsed = footnotes.parse_footnote_file(text, text_format)
        except footnotes.FootnoteError as exc:
            form.add_error(None, str(exc))
        else:
            problems = services.footnotes_check(
                parsed=parsed, statute_label=statute.display_abbreviation
            ).problems
            if "confirm" in request.POST and not problems:
                report = services.footnotes_import(
                    statute=statute, text=text, text_format=text_format
                )
                for line in report.lines():
                    messages.success(request, line)
                return redirect(statute.get_absolute_url())
            if "confirm" in request.POST:
                form.add_error(
                    None, _("Nicht gespeichert: erst den unverstandenen Text korrigieren.")
                )
    notes = []
    if parsed:
        notes = [{"note": n, "pieces": source_pieces(n)} for n in parsed.footnotes]
    context = {
        **model_admin.admin_site.each_context(request),
        "opts": opts,
        "title": _("Fußnoten einlesen"),
        "form": form,
        "parsed": parsed,
        "notes": notes,
        "problems": problems,
    }
    return TemplateResponse(request, "admin/legal/statute/footnote_import.html", context)
