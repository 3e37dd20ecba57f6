"""The public emergency and helpline numbers of Germany, valid nationwide and free of charge.

Editors can change or hide them in the admin; the migration only adds them where none exist.
"""

from django.db import migrations

from counselling.demo_data.emergency import EMERGENCY_NUMBERS

def seed(apps, schema_editor):
    EmergencyNumber = apps.get_model("counselling", "EmergencyNumber")
    if EmergencyNumber.objects.exists():
        return
    for position, (name, phone, description, hours) in enumerate(EMERGENCY_NUMBERS):
        EmergencyNumber.objects.create(
            name=name, phone=phone, description=description, hours=hours, position=position
        )


class Migration(migrations.Migration):
    dependencies = [("counselling", "0002_role_contacts_emergency_numbers")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
