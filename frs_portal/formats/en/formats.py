"""English dates as written in Europe ("5 March 2024", "05/03/2024"): Django's "en" formats are
American (03/05/2024), which a reader in Germany would take for the 3rd of May."""

from django.conf.locale.en_GB.formats import *  # noqa: F403
