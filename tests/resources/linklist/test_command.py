"""`manage.py import_linklist FILE`: a report on good files, a plain message on bad ones."""

import subprocess
import sys
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from resources.models import Resource

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[3]
SEED = ROOT / "resources/demo_data/junge_gefluechtete_linkliste.txt"


def run(*args) -> str:
    out = StringIO()
    call_command("import_linklist", *args, stdout=out)
    return out.getvalue()


def test_command_imports_and_prints_the_report():
    output = run(str(SEED))
    assert "Einträge erkannt:   114" in output
    assert "114 neu" in output
    assert "Zeile 11:" in output  # the link in the intro that is not a resource
    assert Resource.objects.count() == 114
    again = run(str(SEED))
    assert "0 neu, 0 geändert, 114 unverändert" in again


def test_dry_run_saves_nothing():
    output = run(str(SEED), "--dry-run")
    assert "PROBELAUF" in output
    assert Resource.objects.count() == 0


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "leer"),
        (b"   \n\n  \n", "leer"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "keine Textdatei"),
        ("Thema: Überschrift [1] (2020)".encode("latin-1"), "nicht UTF-8"),
        (b"Nur ein Satz ohne Linkmarken.\n", "keine Einträge"),
    ],
)
def test_bad_files_give_a_clear_error(tmp_path, content, message):
    path = tmp_path / "liste.txt"
    path.write_bytes(content)
    with pytest.raises(CommandError, match=message):
        run(str(path))
    assert Resource.objects.count() == 0


def test_missing_file_and_directory(tmp_path):
    with pytest.raises(CommandError, match="nicht gefunden"):
        run(str(tmp_path / "fehlt.txt"))
    with pytest.raises(CommandError, match="Keine Datei"):
        run(str(tmp_path))


def test_non_utf8_error_names_the_line(tmp_path):
    path = tmp_path / "liste.txt"
    path.write_bytes(b"Zeile eins\nZeile zwei\nGefl\xfcchtete [1]\n")
    with pytest.raises(CommandError, match="Zeile 3"):
        run(str(path))


def test_bad_file_from_the_shell_exits_non_zero_without_traceback(tmp_path):
    path = tmp_path / "bild.txt"
    path.write_bytes(b"\x00\x01\x02binary")
    completed = subprocess.run(
        [sys.executable, "manage.py", "import_linklist", str(path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert completed.returncode != 0
    assert "keine Textdatei" in completed.stderr
    assert "Traceback" not in completed.stderr
