from django.core.paginator import Page, Paginator
from django.utils.translation import gettext as _

from .errors import InvalidParameter

MAX_PAGE_NUMBER = 100_000


class InvalidPage(InvalidParameter):
    """The `page` parameter is not a page of this listing; the message is for the visitor."""


def paginate(queryset, page_param: str | None, *, per_page: int = 20) -> Page:
    """Returns the requested page; raises InvalidPage with a readable message for `page=abc`,
    `page=0` or a page beyond the last one, so the visitor gets a 400 page instead of a 500."""
    paginator = Paginator(queryset, per_page)
    if page_param in (None, ""):
        return _with_numbers(paginator.page(1))
    # isdecimal, not isdigit: "²" is a digit that int() refuses.
    if not page_param.isdecimal() or len(page_param) > 6:
        raise InvalidPage(_("„page“ muss eine Seitenzahl ab 1 sein."))
    number = int(page_param)
    if number < 1 or number > MAX_PAGE_NUMBER:
        raise InvalidPage(_("„page“ muss eine Seitenzahl ab 1 sein."))
    if number > paginator.num_pages:
        raise InvalidPage(
            _("Seite %(page)d gibt es nicht: es gibt nur %(pages)d Seite(n).")
            % {"page": number, "pages": paginator.num_pages}
        )
    return _with_numbers(paginator.page(number))


def _with_numbers(page: Page) -> Page:
    """Adds the page numbers to show (1 … 4 5 6 … 20) for the shared pagination template."""
    page.numbers = list(
        page.paginator.get_elided_page_range(page.number, on_each_side=1, on_ends=1)
    )
    return page
