"""Demo content: the seed school's counselling concept and the Thuringian network."""

from common.translations import add_missing_translations

from .demo_data import CLIENT_GROUPS, INSTITUTIONS
from .demo_data.emergency import EMERGENCY_NUMBERS
from .demo_data.translations import demo_translations
from .models import (
    ClientGroup,
    EmergencyNumber,
    Institution,
    Occasion,
    OccasionGroup,
    Principle,
    Role,
)
from .services import client_groups_ensure, institution_create_from_data


def load(*, stdout) -> None:
    """Creates what is missing; an institution that exists is left as editors keep it."""
    if not EmergencyNumber.objects.exists():
        for position, (name, phone, description, hours) in enumerate(EMERGENCY_NUMBERS):
            EmergencyNumber.objects.create(
                name=name, phone=phone, description=description, hours=hours, position=position
            )
    groups = client_groups_ensure(groups=CLIENT_GROUPS)
    for data in INSTITUTIONS:
        if Institution.objects.filter(slug=data["slug"]).exists():
            stdout.write(f"  {data['name']}: already there, left unchanged")
            continue
        institution = institution_create_from_data(data=data, client_groups=groups)
        stdout.write(
            f"  {institution.name}: {institution.roles.count()} roles, "
            f"{institution.occasions.count()} occasions, "
            f"{sum(r.referrals_out.count() for r in institution.roles.all())} referral paths"
        )
    added = add_translations()
    if added:
        stdout.write(f"  {added} records translated (marked: needs review by a native speaker)")


# (model, table in demo_data.translations, the record's key in that table)
TRANSLATED = (
    (EmergencyNumber, "EMERGENCY_NUMBERS", lambda obj: obj.phone),
    (ClientGroup, "CLIENT_GROUPS", lambda obj: obj.slug),
    (OccasionGroup, "OCCASION_GROUPS", lambda obj: (obj.institution.slug, obj.name)),
    (Occasion, "OCCASIONS", lambda obj: (obj.institution.slug, obj.slug)),
    (Role, "ROLES", lambda obj: (obj.institution.slug, obj.slug)),
    (Principle, "PRINCIPLES", lambda obj: (obj.institution.slug, obj.name)),
)


def add_translations() -> int:
    """The demo's translations (en, ar, fa, uk), each flagged for review by a native speaker;
    languages editors have already written are left alone. Returns the records changed."""
    added = 0
    for model, table, key in TRANSLATED:
        translations = demo_translations(table)
        objects = model.objects.all()
        if any(field.name == "institution" for field in model._meta.fields):
            objects = objects.select_related("institution")
        for obj in objects:
            by_language = translations.get(key(obj))
            if by_language and add_missing_translations(obj, by_language):
                obj.save(update_fields=["translations", "translation_review"])
                added += 1
    return added
