from django.db.models import Count, F, Q
from django.shortcuts import get_object_or_404, render
from django.utils import timezone

from common.pagination import paginate

from . import charts, selectors
from .errors import way_back
from .models import AmendingAct, Provision, Statute
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
    with way_back(statute=statute):
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
        recent = selectors.statute_changes(statute=statute, since=since, newest_first=True)
        touched = set()
        for own, parent in recent.values_list("provision_id", "provision__parent_id"):
            touched.update((own, parent))
        provisions = provisions.filter(pk__in=touched - {None})
        with way_back(statute=statute):
            changes = paginate(recent, request.GET.get("page"), per_page=50)
    timeline = selectors.statute_timeline(statute=statute)
    context = {
        "statute": statute,
        "provisions": provisions.order_by("sort_key")[:2000],
        "timeline": timeline,
        "chart": charts.year_bars(timeline),
        "acts": selectors.statute_acts(statute=statute),
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
    periods = provision.periods.order_by(F("valid_from").asc(nulls_first=True))
    context = {
        "statute": provision.statute,
        "provision": provision,
        "children": children,
        "events": selectors.provision_events(provision=provision, children=children)[:1000],
        "periods": periods,
    }
    return render(request, "legal/provision_detail.html", context)


def act_detail(request, pk):
    act = get_object_or_404(AmendingAct, pk=pk)
    with way_back(act=act):
        page = paginate(selectors.act_events(act=act), request.GET.get("page"), per_page=100)
    context = {"act": act, "page": page, "dates": selectors.act_dates(act=act)}
    return render(request, "legal/act_detail.html", context)


def point_in_time(request, slug):
    statute = get_object_or_404(Statute, slug=slug)
    with way_back(statute=statute):
        day = parse_day(request.GET.get("datum"), "datum") or timezone.localdate()
        state = selectors.statute_point_in_time(statute=statute, day=day)
        page = paginate(state.effective, request.GET.get("page"), per_page=50)
    paragraphs = []
    by_parent: dict[int, list] = {}
    for period in state.periods:
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
        "state": state,
        "before_enactment": not state.in_force,
    }
    return render(request, "legal/point_in_time.html", context)
