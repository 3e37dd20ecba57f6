"""JSON for the same data as the public pages; dates ISO 8601, errors as {"error": "…"}."""

from django.db.models import Count, F
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404
from django.utils import timezone

from common.pagination import paginate

from . import services
from .models import EFFECTIVE_ASC, AmendingAct, AmendmentEvent, Operation, Provision, Statute
from .querystring import parse_day


def _json(data) -> JsonResponse:
    return JsonResponse(data, json_dumps_params={"ensure_ascii": False})


def _iso(day):
    return day.isoformat() if day else None


def _statute(statute: Statute, request) -> dict:
    return {
        "abbreviation": statute.display_abbreviation,
        "title": statute.title,
        "jurisdiction": statute.jurisdiction,
        "collection_number": statute.collection_number,
        "citation": statute.citation,
        "in_force_since": _iso(statute.in_force_since),
        "stand": _iso(statute.stand),
        "source_url": statute.source_url,
        "url": request.build_absolute_uri(statute.get_absolute_url()),
        "api_url": request.build_absolute_uri(f"/api/recht/{statute.slug}/"),
    }


def _act(act: AmendingAct | None) -> dict | None:
    if act is None:
        return None
    return {
        "id": act.pk,
        "kind": act.kind,
        "date": _iso(act.date),
        "gazette": act.gazette or None,
        "page": act.page or None,
        "correction_page": act.correction_page or None,
        "provision": act.provision or None,
        "title": act.title or None,
        "citation": act.citation(),
    }


def _event(event: AmendmentEvent) -> dict:
    return {
        "footnote": event.footnote.label if event.footnote_id else None,
        "target": event.target_label,
        "new_target": event.new_label or None,
        "provision": event.provision.key if event.provision_id else None,
        "operation": event.operation,
        "verb": event.verb,
        "act": _act(event.act),
        "act_article": event.act_article or None,
        "act_part": event.act_part or None,
        "effective_date": _iso(event.effective_date),
        "retroactive": event.retroactive,
        "latest": event.latest,
        "edited_by_hand": event.edited_by_hand,
    }


def index(request):
    statutes = Statute.objects.order_by("abbreviation")
    return _json({"statutes": [_statute(s, request) for s in statutes]})


def statute_detail(request, slug):
    statute = get_object_or_404(Statute, slug=slug)
    provisions = statute.provisions.order_by("sort_key").select_related("parent")
    acts = (
        AmendingAct.objects.filter(events__statute=statute)
        .annotate(event_count=Count("events"))
        .order_by("date")
    )
    return _json(
        {
            "statute": _statute(statute, request),
            "timeline": services.statute_timeline(statute=statute),
            "acts": [dict(_act(a), event_count=a.event_count) for a in acts],
            "provisions": [
                {
                    "key": p.key,
                    "label": p.label,
                    "parent": p.parent.key if p.parent_id else None,
                    "exists_now": p.exists_now,
                    "event_count": p.event_count,
                    "last_changed": _iso(p.last_changed),
                }
                for p in provisions[:5000]
            ],
        }
    )


def statute_changes(request, slug):
    statute = get_object_or_404(Statute, slug=slug)
    since = parse_day(request.GET.get("seit"), "seit")
    events = statute.events.exclude(operation=Operation.ENACTMENT)
    if since:
        events = events.changed_since(since)
    page = paginate(
        events.for_page()
        .select_related("footnote")
        .order_by(EFFECTIVE_ASC, "footnote__position", "position"),
        request.GET.get("page"),
        per_page=200,
    )
    return _json(
        {
            "statute": statute.display_abbreviation,
            "since": _iso(since),
            "page": page.number,
            "pages": page.paginator.num_pages,
            "count": page.paginator.count,
            "events": [_event(e) for e in page],
        }
    )


def point_in_time(request, slug):
    statute = get_object_or_404(Statute, slug=slug)
    day = parse_day(request.GET.get("datum"), "datum") or timezone.localdate()
    state = services.statute_point_in_time(statute=statute, day=day)
    effective = statute.events.exclude(operation=Operation.ENACTMENT).effective_by(day)
    before = bool(statute.in_force_since and day < statute.in_force_since)
    return _json(
        {
            "statute": statute.display_abbreviation,
            "date": day.isoformat(),
            "in_force": not before,
            "changes_in_effect": effective.count(),
            "retroactive_changes": effective.filter(act__date__gt=day).count(),
            "provisions": []
            if before
            else [
                {"key": p.provision.key, "label": p.label, "since": _iso(p.valid_from)}
                for p in state["periods"]
            ],
        }
    )


def provision_detail(request, slug, key):
    provision = get_object_or_404(
        Provision.objects.select_related("statute"), statute__slug=slug, key=key
    )
    ids = [provision.pk, *provision.children.values_list("pk", flat=True)]
    events = (
        AmendmentEvent.objects.filter(provision_id__in=ids)
        .for_page()
        .select_related("footnote")
        .order_by(EFFECTIVE_ASC, "footnote__position", "position")
    )
    return _json(
        {
            "statute": provision.statute.display_abbreviation,
            "key": provision.key,
            "label": provision.label,
            "exists_now": provision.exists_now,
            "labels": [
                {"label": p.label, "from": _iso(p.valid_from), "until": _iso(p.valid_until)}
                for p in provision.periods.order_by(F("valid_from").asc(nulls_first=True))
            ],
            "events": [_event(e) for e in events[:1000]],
        }
    )


def act_detail(request, pk):
    act = AmendingAct.objects.filter(pk=pk).first()
    if act is None:
        raise Http404
    events = (
        act.events.for_page()
        .select_related("footnote")
        .order_by("statute__abbreviation", "footnote__position", "position")
    )
    return _json({"act": _act(act), "events": [_event(e) for e in events[:2000]]})
