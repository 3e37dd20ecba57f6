"""Every change to what a search shows starts a new cache version (`cache.bump`)."""

from django.db.models.signals import m2m_changed, post_delete, post_save

from ..models import Audience, Organisation, Resource, ResourceLink, TargetGroup, Topic
from . import cache

WATCHED = (Resource, ResourceLink, Topic, Organisation, TargetGroup, Audience)
THROUGH = (
    Resource.topics.through,
    Resource.publishers.through,
    Resource.target_groups.through,
    Resource.audiences.through,
)


def _changed(sender, raw=False, **kwargs):
    if not raw:  # fixtures are loaded before anything is cached
        cache.bump()


def _m2m_changed(sender, action, **kwargs):
    if action in ("post_add", "post_remove", "post_clear"):
        cache.bump()


def connect() -> None:
    for model in WATCHED:
        post_save.connect(_changed, sender=model, dispatch_uid=f"search-save-{model.__name__}")
        post_delete.connect(_changed, sender=model, dispatch_uid=f"search-del-{model.__name__}")
    for through in THROUGH:
        m2m_changed.connect(
            _m2m_changed, sender=through, dispatch_uid=f"search-m2m-{through.__name__}"
        )
