"""Site pages (Impressum, Datenschutz, Barrierefreiheit)."""


def privacy_notice_version() -> str:
    """Version label of the privacy notice in force, recorded with every newsletter consent."""
    return "2026-11"
