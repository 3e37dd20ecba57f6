"""Bad requests on legal pages lead back to where the reader was.

Views raise `common.errors.BadRequest` subclasses (a wrong date, a bad page number); the
handler400 renders them. Inside `way_back(statute=…)` such an exception is given the address
and label of the statute (or act) page, so that the 400 page links back there instead of to
the materials overview.
"""

from contextlib import contextmanager

from django.urls import reverse
from django.utils.translation import gettext as _

from common.errors import BadRequest


def back_link(*, statute=None, act=None) -> tuple[str, str]:
    if statute is not None:
        label = _("Zurück zu %(statute)s") % {"statute": statute.display_abbreviation}
        return statute.get_absolute_url(), label
    if act is not None:
        return act.get_absolute_url(), _("Zurück zum Änderungsgesetz")
    return reverse("legal:index"), _("Zur Übersicht der Rechtsänderungen")


@contextmanager
def way_back(*, statute=None, act=None):
    try:
        yield
    except BadRequest as exc:
        exc.back_url, exc.back_label = back_link(statute=statute, act=act)
        raise
