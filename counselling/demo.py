"""Demo content: the seed school's counselling concept and the Thuringian network."""

from common.translations import add_missing_translations

from .demo_data import CLIENT_GROUPS, INSTITUTIONS
from .demo_data.emergency import EMERGENCY_NUMBERS
from .demo_data.translations import OCCASION_GROUP_TRANSLATIONS, OCCASION_TRANSLATIONS
from .models import EmergencyNumber, Institution, Occasion, OccasionGroup
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
    added = add_name_translations()
    if added:
        stdout.write(f"  {added} names translated (marked: needs review by a native speaker)")


def add_name_translations() -> int:
    """Occasion and group names in English (Thuringian network: also ar, fa, uk), each flagged
    for review; languages editors have already written are left alone."""
    added = 0
    for model, table, key in (
        (Occasion, OCCASION_TRANSLATIONS, "slug"),
        (OccasionGroup, OCCASION_GROUP_TRANSLATIONS, "name"),
    ):
        for obj in model.objects.select_related("institution"):
            names = table.get(obj.institution.slug, {}).get(getattr(obj, key))
            if names and add_missing_translations(
                obj, {language: {"name": name} for language, name in names.items()}
            ):
                obj.save(update_fields=["translations", "translation_review"])
                added += 1
    return added
