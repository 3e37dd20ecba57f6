from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.db.models import Count, F, Q
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from common.admin_site import is_verified_staff, user_passes_test_request
from common.pagination import paginate
from common.ratelimit import limit_posts

from . import charts, services
from .forms import FootnoteImportForm
from .models import (
    EFFECTIVE_ASC,
    EFFECTIVE_DESC,
    ActKind,
    AmendingAct,
    AmendmentEvent,
    Operation,
    Provision,
    Statute,
)
from .parser import FootnoteError
from .querystring import parse_citation, parse_day


def index(request):
    statutes = Statute.objects.annotate(
        provision_count=Count(
            "provisions", filter=Q(provisions__parent__isnull=True), distinct=True
        ),
    ).order_by("abbreviation")
    return render(request, "legal/index.html", {"statutes": statutes})


def statute_detail(request, slug):
    statute = get_object_or_404(Statute, slug=slug)
    since = parse_day(request.GET.get("seit"), "seit")
    citation = parse_citation(request.GET.get("q"))
    provisions = statute.provisions.filter(parent__isnull=True)
    if citation:
        par, absatz = citation
        provisions = statute.provisions.filter(paragraph__iexact=par)
        if absatz:
            provisions = provisions.filter(absatz__iexact=absatz)
    changes = None
    if since:
        recent = AmendmentEvent.objects.filter(statute=statute).changed_since(since)
        touched = set()
        for own, parent in recent.values_list("provision_id", "provision__parent_id"):
            touched.update((own, parent))
        provisions = provisions.filter(pk__in=touched - {None})
        changes = paginate(
            recent.exclude(operation=Operation.ENACTMENT)
            .for_page()
            .order_by(EFFECTIVE_DESC, "footnote__position", "position"),
            request.GET.get("page"),
            per_page=50,
        )
    timeline = services.statute_timeline(statute=statute)
    acts = (
        AmendingAct.objects.filter(events__statute=statute)
        .exclude(kind=ActKind.ORIGINAL)
        .annotate(event_count=Count("events"))
        .order_by("date")
    )
    context = {
        "statute": statute,
        "provisions": provisions.order_by("sort_key")[:2000],
        "timeline": timeline,
        "chart": charts.year_bars(timeline),
        "acts": acts,
        "since": since,
        "changes": changes,
        "q": request.GET.get("q", ""),
        "citation": citation,
        "today": timezone.localdate(),
    }
    return render(request, "legal/statute_detail.html", context)


def provision_detail(request, slug, key):
    provision = get_object_or_404(
        Provision.objects.select_related("statute", "parent"), statute__slug=slug, key=key
    )
    children = list(provision.children.order_by("sort_key"))
    # An explicit id list (not an OR over a join) lets the database use the provision index.
    ids = [provision.pk, *(child.pk for child in children)]
    events = (
        AmendmentEvent.objects.filter(provision_id__in=ids)
        .for_page()
        .select_related("footnote")
        .order_by(EFFECTIVE_ASC, "footnote__position", "position")
    )
    periods = provision.periods.order_by(F("valid_from").asc(nulls_first=True))
    context = {
        "statute": provision.statute,
        "provision": provision,
        "children": children,
        "events": events[:1000],
        "periods": periods,
    }
    return render(request, "legal/provision_detail.html", context)


def act_detail(request, pk):
    act = get_object_or_404(AmendingAct, pk=pk)
    page = paginate(
        act.events.for_page().order_by("statute__abbreviation", "footnote__position", "position"),
        request.GET.get("page"),
        per_page=100,
    )
    dates = (
        act.events.values("effective_date", "retroactive", "act_article", "act_part")
        .annotate(n=Count("id"))
        .order_by(EFFECTIVE_ASC)
    )
    return render(request, "legal/act_detail.html", {"act": act, "page": page, "dates": dates})


def point_in_time(request, slug):
    statute = get_object_or_404(Statute, slug=slug)
    day = parse_day(request.GET.get("datum"), "datum") or timezone.localdate()
    state = services.statute_point_in_time(statute=statute, day=day)
    effective = (
        AmendmentEvent.objects.filter(statute=statute)
        .exclude(operation=Operation.ENACTMENT)
        .effective_by(day)
    )
    page = paginate(
        effective.for_page().order_by(EFFECTIVE_DESC, "footnote__position", "position"),
        request.GET.get("page"),
        per_page=50,
    )
    retroactive = effective.filter(act__date__gt=day).count()
    pending = (
        AmendmentEvent.objects.filter(statute=statute, effective_date__gt=day)
        .exclude(operation=Operation.ENACTMENT)
        .count()
    )
    paragraphs = []
    by_parent: dict[int, list] = {}
    for period in state["periods"]:
        if period.provision.parent_id:
            by_parent.setdefault(period.provision.parent_id, []).append(period)
        else:
            paragraphs.append(period)
    rows = [(p, by_parent.get(p.provision_id, [])) for p in paragraphs]
    context = {
        "statute": statute,
        "day": day,
        "rows": rows,
        "page": page,
        "retroactive_count": retroactive,
        "pending_count": pending,
        "before_enactment": statute.in_force_since and day < statute.in_force_since,
    }
    return render(request, "legal/point_in_time.html", context)


# Importing footnotes adds, changes and removes a statute's amendment events: the same
# permissions the admin would ask for to edit them by hand.
FOOTNOTE_IMPORT_PERMISSIONS = (
    "legal.add_amendmentevent",
    "legal.change_amendmentevent",
    "legal.delete_amendmentevent",
)


def _staff_import_key(request):
    return [str(request.user.pk)]


@user_passes_test_request(is_verified_staff)
@permission_required(FOOTNOTE_IMPORT_PERMISSIONS, raise_exception=True)
@limit_posts("footnote_import", per_ip="staff_import", per_key=("staff_import", _staff_import_key))
def footnote_import(request):
    """Staff paste a footnote block, see events and unparsed text side by side, confirm."""
    # A body over DATA_UPLOAD_MAX_MEMORY_SIZE raises RequestDataTooBig here; handler400 says so.
    data = request.POST if request.method == "POST" else None
    files = request.FILES if request.method == "POST" else None
    form = FootnoteImportForm(data, files, initial={"statute": request.GET.get("statute")})
    valid = data is not None and form.is_valid()
    parsed = None
    problems = []
    if valid:
        text = form.cleaned_data["text"]
        statute = form.cleaned_data["statute"]
        try:
            parsed = services.parser.parse_footnote_file(text)
        except FootnoteError as exc:
            form.add_error(None, str(exc))
        else:
            problems = services.footnotes_check(
                parsed=parsed, statute_label=statute.display_abbreviation
            ).problems
            if "confirm" in request.POST and not problems:
                try:
                    report = services.footnotes_import(statute=statute, text=text)
                except services.ImportRejected as exc:  # pragma: no cover - checked above
                    problems = exc.report.problems
                else:
                    for line in report.lines():
                        messages.success(request, line)
                    return redirect(statute.get_absolute_url())
            elif "confirm" in request.POST:
                form.add_error(
                    None, _("Nicht gespeichert: erst den unverstandenen Text korrigieren.")
                )
    context = {
        "form": form,
        "parsed": parsed,
        "problems": problems,
        "title": _("Fußnoten einlesen"),
    }
    return render(request, "legal/footnote_import.html", context)
