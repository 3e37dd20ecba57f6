"""The public emergency and helpline numbers of Germany, valid nationwide and free of charge.

Editors can change or hide them in the admin; the migration only adds them where none exist.
"""

from django.db import migrations

NUMBERS = [
    ("Polizei", "110", "Bei Gewalt, Bedrohung oder wenn jemand in Gefahr ist.", "rund um die Uhr"),
    (
        "Notruf Feuerwehr und Rettungsdienst",
        "112",
        "Bei Verletzungen, Lebensgefahr oder wenn jemand sich etwas antun will.",
        "rund um die Uhr",
    ),
    (
        "Nummer gegen Kummer – Kinder- und Jugendtelefon",
        "116 111",
        "Für Kinder und Jugendliche, anonym und kostenlos.",
        "",
    ),
    (
        "Hilfetelefon Gewalt gegen Frauen",
        "116 016",
        "Für Frauen und Mädchen, die Gewalt erleben, anonym und kostenlos, auch mit "
        "Dolmetscherinnen.",
        "rund um die Uhr",
    ),
]


def seed(apps, schema_editor):
    EmergencyNumber = apps.get_model("counselling", "EmergencyNumber")
    if EmergencyNumber.objects.exists():
        return
    for position, (name, phone, description, hours) in enumerate(NUMBERS):
        EmergencyNumber.objects.create(
            name=name, phone=phone, description=description, hours=hours, position=position
        )


class Migration(migrations.Migration):
    dependencies = [("counselling", "0002_role_contacts_emergency_numbers")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
