import json

import pytest
from django.core.management import CommandError, call_command

from legal.models import AmendmentEvent

from .conftest import SEED

EVENT_KEYS = {
    "target",
    "operation",
    "verb",
    "act_date",
    "act_article",
    "gazette_page",
    "effective_date",
    "retroactive",
}


def test_parse_footnotes_json_shape(capsys):
    call_command("parse_footnotes", str(SEED), "--json")
    data = json.loads(capsys.readouterr().out)
    assert set(data) == {"footnotes"}
    assert len(data["footnotes"]) == 51
    for note in data["footnotes"]:
        assert {"label", "events", "unparsed"} <= set(note)
        assert note["unparsed"] == []
        for event in note["events"]:
            assert set(event) >= EVENT_KEYS
    fn3 = data["footnotes"][2]["events"][2]
    assert fn3["target"] == "§ 20 Absatz 4 (alt)"
    assert fn3["operation"] == "renumbering"
    assert fn3["act_date"] == "2016-06-14"
    assert fn3["act_article"] == "Artikel 9"
    assert fn3["gazette_page"] == "310"
    assert fn3["effective_date"] == "2016-07-01"
    assert fn3["retroactive"] is False


def test_parse_footnotes_does_not_need_a_database(capsys):
    # No django_db mark: any query would fail the test.
    call_command("parse_footnotes", str(SEED))
    assert "51 Fußnoten, 282 Änderungen, 0 unverstandene Stellen." in capsys.readouterr().out


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"", "ist leer"), (b"Fn 1\n\x00\x01\x02", "Binärdaten"), (b"Fn 1\n\xff\xfe\xfa", "UTF-8")],
)
def test_parse_footnotes_refuses_bad_files(tmp_path, content, message):
    path = tmp_path / "fn.txt"
    path.write_bytes(content)
    with pytest.raises(CommandError, match=message):
        call_command("parse_footnotes", str(path), "--json")


def test_parse_footnotes_missing_file():
    with pytest.raises(CommandError, match="nicht gefunden"):
        call_command("parse_footnotes", "/nonexistent/fn.txt")


@pytest.mark.django_db
def test_import_footnotes_is_idempotent_and_reports(statute, capsys):
    call_command("import_footnotes", str(SEED), "--statute", "hg nrw")
    assert "51 neu" in capsys.readouterr().out
    call_command("import_footnotes", str(SEED), "--statute", "HG")
    assert "51 unverändert" in capsys.readouterr().out
    assert AmendmentEvent.objects.count() == 282


@pytest.mark.django_db
def test_import_footnotes_rejects_a_damaged_file_completely(statute, tmp_path):
    path = tmp_path / "fn.txt"
    path.write_text(
        SEED.read_text(encoding="utf-8").replace("vom 1. Juli 2016", "vom 31. Februar 2016", 1)
    )
    with pytest.raises(CommandError, match=r"31\. Februar 2016"):
        call_command("import_footnotes", str(path), "--statute", "HG")
    assert AmendmentEvent.objects.count() == 0


@pytest.mark.django_db
def test_import_footnotes_unknown_statute(tmp_path):
    with pytest.raises(CommandError, match="nicht angelegt"):
        call_command("import_footnotes", str(SEED), "--statute", "XYZ")
