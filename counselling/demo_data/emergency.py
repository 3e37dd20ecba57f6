"""Germany's public emergency and helpline numbers: nationwide, free of charge, published by
the services themselves. Seeded by a migration and by the demo (editors can change or hide
them in the admin)."""

EMERGENCY_NUMBERS = [
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
