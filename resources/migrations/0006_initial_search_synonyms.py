"""Three synonym entries every editor of this library knows; editors change or add more in the
admin ("Synonyme"). Domain vocabulary only: abbreviations and their spelled-out forms."""

from django.db import migrations

INITIAL = [
    (
        "UMF\numA\nunbegleitete minderjährige Flüchtlinge\nunbegleitete minderjährige Ausländer",
        "Abkürzungen für unbegleitete Minderjährige",
    ),
    ("Careleaver\nCare Leaver", "Schreibweisen"),
    ("KJSG\nKinder- und Jugendstärkungsgesetz", "Abkürzung des Gesetzes von 2021"),
]


def add(apps, schema_editor):
    SearchSynonym = apps.get_model("resources", "SearchSynonym")
    for terms, note in INITIAL:
        SearchSynonym.objects.get_or_create(terms=terms, defaults={"note": note})


def remove(apps, schema_editor):
    SearchSynonym = apps.get_model("resources", "SearchSynonym")
    SearchSynonym.objects.filter(terms__in=[terms for terms, _note in INITIAL]).delete()


class Migration(migrations.Migration):
    dependencies = [("resources", "0005_search_synonyms_vocabulary_state")]

    operations = [migrations.RunPython(add, remove)]
