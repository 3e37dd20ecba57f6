"""Reading a text file named on the command line, with a German error for every way it fails."""

from pathlib import Path

from django.core.management.base import CommandError
from django.utils.translation import gettext as _

MAX_BYTES = 5_000_000


def read_text_file(name: str, *, max_bytes: int = MAX_BYTES) -> str:
    """The file's text (UTF-8, a byte order mark is dropped), or a CommandError that says
    plainly what is wrong with it: missing, not a file, unreadable, empty, too large, binary,
    or not UTF-8 (naming the line of the first bad byte)."""
    path = Path(name)
    if not path.exists():
        raise CommandError(_("Datei nicht gefunden: %(name)s") % {"name": name})
    if not path.is_file():
        raise CommandError(_("Keine Datei: %(name)s") % {"name": name})
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise CommandError(
                _("Die Datei %(name)s ist mit %(size)d Bytes zu groß (höchstens %(max)d).")
                % {"name": name, "size": size, "max": max_bytes}
            )
        data = path.read_bytes()
    except OSError as exc:
        raise CommandError(
            _("Datei nicht lesbar: %(name)s: %(reason)s") % {"name": name, "reason": exc.strerror}
        ) from exc
    if not data.strip():
        raise CommandError(_("Die Datei %(name)s ist leer.") % {"name": name})
    if b"\x00" in data[:65536]:
        raise CommandError(
            _(
                "Die Datei %(name)s enthält Binärdaten und ist keine Textdatei. "
                "Bitte als Text (UTF-8) speichern."
            )
            % {"name": name}
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise CommandError(
            _(
                "Die Datei %(name)s ist nicht UTF-8-kodiert (Zeile %(line)d, Byte %(byte)d). "
                "Bitte die Datei als UTF-8 speichern."
            )
            % {"name": name, "line": line, "byte": exc.start + 1}
        ) from None
