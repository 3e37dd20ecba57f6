"""Demo content: the seed school's counselling concept and the Thuringian network."""

from .demo_data import CLIENT_GROUPS, INSTITUTIONS
from .demo_data.emergency import EMERGENCY_NUMBERS
from .models import EmergencyNumber, Institution
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
