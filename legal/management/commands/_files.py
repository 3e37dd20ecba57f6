from pathlib import Path

from django.core.management.base import CommandError

MAX_BYTES = 5_000_000


def read_text_file(name: str) -> str:
    """The file's text, or a CommandError that says plainly what is wrong with it."""
    path = Path(name)
    if not path.is_file():
        raise CommandError(f"Datei nicht gefunden: {name}")
    size = path.stat().st_size
    if size == 0:
        raise CommandError(f"Die Datei {name} ist leer.")
    if size > MAX_BYTES:
        raise CommandError(f"Die Datei {name} ist mit {size} Bytes zu groß (höchstens 5 MB).")
    raw = path.read_bytes()
    if b"\x00" in raw:
        raise CommandError(f"Die Datei {name} enthält Binärdaten und ist kein Fußnotentext.")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CommandError(
            f"Die Datei {name} ist nicht UTF-8-kodiert (Byte {exc.start + 1})."
        ) from None
