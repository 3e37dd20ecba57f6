import datetime

from newsletter.importers import decode, parse_subscriber_csv

TODAY = datetime.date(2026, 6, 1)


def test_reads_semicolon_file_with_german_dates_and_names_bad_lines():
    text = (
        "E-Mail;Name;Einwilligung;Bereiche\n"
        "ada@example.org;Ada;15.03.2024;Kinderrechte; Leaving Care\n"
        "kein-at-zeichen;Bob;15.03.2024;\n"
        "carl@example.org;Carl;gestern;\n"
        "\n"
        "dora@example.org;Dora;2030-01-01;\n"
        "ADA@example.org;Ada2;2024-03-15;\n"
    )
    result = parse_subscriber_csv(text, today=TODAY)
    assert [r.email for r in result.rows] == ["ada@example.org"]
    assert result.rows[0].consent_date == datetime.date(2024, 3, 15)
    assert result.rows[0].topics == ("Kinderrechte",)
    lines = dict(result.errors)
    assert "keine gültige E-Mail-Adresse" in lines[3]
    assert "unlesbar" in lines[4]
    assert "Zukunft" in lines[6]
    assert "doppelt" in lines[7]
    assert "Zeile 2" in lines[7]


def test_comma_file_with_topics_separated_by_pipes():
    text = "email,consent_date,topics\nada@example.org,2024-03-15,A|B\n"
    result = parse_subscriber_csv(text, today=TODAY)
    assert result.rows[0].topics == ("A", "B")
    assert result.errors == []


def test_missing_columns_are_named():
    result = parse_subscriber_csv("Name;Adresse\nAda;ada@example.org\n", today=TODAY)
    assert result.rows == []
    [(line, message)] = result.errors
    assert line == 1
    assert "Einwilligung" in message


def test_empty_file_and_windows_encoding():
    assert parse_subscriber_csv("", today=TODAY).errors[0][1] == "Die Datei ist leer."
    text = decode("E-Mail;Name;Einwilligung\nj@example.org;Jürgen;01.02.2024\n".encode("cp1252"))
    assert parse_subscriber_csv(text, today=TODAY).rows[0].name == "Jürgen"
