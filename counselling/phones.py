"""Telephone numbers as editors type them and as phones dial them."""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

PHONE_PATTERN = re.compile(r"^\+?[0-9(][0-9 ()/\-]{1,38}$")


def validate_phone(value: str) -> None:
    if not PHONE_PATTERN.match(value.strip()) or len(re.sub(r"\D", "", value)) < 3:
        raise ValidationError(
            _("Bitte eine Telefonnummer aus Ziffern angeben, z. B. „0361 123456“."),
            code="invalid_phone",
        )


def phone_href(number: str) -> str:
    """A `tel:` address for a number as people write it: "+49 (0) 361 12-34" → "tel:+493611234".

    Spaces, dashes, slashes and brackets go; the trunk "(0)" after a country code goes too,
    because dialled after +49 it would be wrong.
    """
    number = number.strip()
    if not number:
        return ""
    if number.startswith("+"):
        number = re.sub(r"\(\s*0\s*\)", "", number)
        return "tel:+" + re.sub(r"\D", "", number)
    return "tel:" + re.sub(r"\D", "", number)
