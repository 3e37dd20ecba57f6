from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("resources", "0008_search_changes"),
    ]

    operations = [
        migrations.AddField(
            model_name="searchindexstate",
            name="synonyms",
            field=models.CharField(blank=True, default="", max_length=32),
        ),
    ]
