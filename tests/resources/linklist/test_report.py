"""The import report as editors read it: counts, then problems by kind with their lines."""

from common.reports import ImportReport
from resources.linklist.records import Fragment
from resources.linklist.report import LinklistReport


def test_counts_come_first_then_every_kind_of_problem_with_its_line():
    report = LinklistReport(source_name="liste.txt", items=2)
    report.resources.created = 2
    report.unplaced.append(Fragment(11, "ein Satzrest", "Text ohne Link [n]"))
    report.warnings.append(Fragment(1, "[1]", "Link der Seite selbst"))
    text = report.as_text()
    assert text.startswith("Import der Linkliste „liste.txt“\n")
    assert "Einträge erkannt:   2\n" in text
    assert "Materialien:        2 neu, 0 geändert, 0 unverändert\n" in text
    assert "Nicht zugeordnete Zeilen und Textteile: 1\n" in text
    assert "  - Zeile 11: Text ohne Link [n]: „ein Satzrest“\n" in text
    assert text.index("Materialien") < text.index("Nicht zugeordnete") < text.index("Hinweise")


def test_a_dry_run_says_so_in_its_title():
    assert "PROBELAUF" in LinklistReport(source_name="x", dry_run=True).as_text()
    assert "PROBELAUF" not in LinklistReport(source_name="x").as_text()


def test_vanished_entries_are_listed_only_when_there_are_some():
    report = LinklistReport(source_name="x")
    assert "nicht mehr in der Quelle" not in report.as_text()
    report.gone.append(Fragment(0, "Alter Titel", "nicht mehr in der Quelle (Nr. 7)"))
    assert "  - nicht mehr in der Quelle (Nr. 7): „Alter Titel“" in report.as_text()


def test_it_is_the_portals_import_report_with_problems_sorted_by_line():
    report = LinklistReport(source_name="x")
    assert isinstance(report, ImportReport)
    assert report.ok
    report.merged.append(Fragment(30, "B", "Doppelt gelistet"))
    report.flagged.append(Fragment(12, "A", "Titel beschädigt"))
    report.gone.append(Fragment(0, "C", "nicht mehr in der Quelle"))
    assert not report.ok
    assert report.problem_count == 3
    assert [p.line for p in report.sorted_problems()] == [None, 12, 30]
    assert "(und 1 weitere)" in report.summary(limit=2)
