"""Reading an existing subscriber list (CSV) into checked rows, with a message per bad line.

Expected columns (header line required, names in German or English, any order):
`email`/`E-Mail`, `einwilligung`/`consent_date` (date of the original consent), optional
`name` and `bereiche`/`topics` (section names separated by `;` or `|`).
Separator `;` or `,` is detected; UTF-8 (with or without BOM) or Windows-1252 is accepted.
"""

import csv
import datetime
import io
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.core.validators import validate_email

from .models import normalise_email

COLUMN_ALIASES = {
    "email": {"email", "e-mail", "e-mail-adresse", "mail", "adresse"},
    "consent_date": {"consent_date", "einwilligung", "einwilligungsdatum", "angemeldet", "datum"},
    "name": {"name"},
    "topics": {"topics", "bereiche", "interessen", "themen"},
}
DATE_FORMATS = ["%Y-%m-%d", "%d.%m.%Y", "%d.%m.%y", "%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M:%S"]


@dataclass(frozen=True)
class ImportedRow:
    line: int
    email: str
    name: str
    consent_date: datetime.date
    topics: tuple[str, ...]


@dataclass
class ParseResult:
    rows: list[ImportedRow] = field(default_factory=list)
    errors: list[tuple[int, str]] = field(default_factory=list)


def decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def parse_date(value: str) -> datetime.date | None:
    value = value.strip()
    for fmt in DATE_FORMATS:
        try:
            return datetime.datetime.strptime(value, fmt).date()  # noqa: DTZ007
        except ValueError:
            continue
    return None


def parse_subscriber_csv(text: str, *, today: datetime.date) -> ParseResult:
    result = ParseResult()
    if not text.strip():
        result.errors.append((1, "Die Datei ist leer."))
        return result
    try:
        dialect = csv.Sniffer().sniff(text.splitlines()[0], delimiters=";,\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text), dialect)
    header = [h.strip().lower() for h in next(reader)]
    columns: dict[str, int] = {}
    for key, aliases in COLUMN_ALIASES.items():
        for index, name in enumerate(header):
            if name in aliases:
                columns[key] = index
                break
    missing = [k for k in ("email", "consent_date") if k not in columns]
    if missing:
        names = {"email": "E-Mail", "consent_date": "Einwilligung (Datum)"}
        result.errors.append(
            (
                1,
                "Die Kopfzeile braucht die Spalten "
                + " und ".join(f"„{names[m]}“" for m in missing)
                + f"; gefunden: {', '.join(header) or '(nichts)'}.",
            )
        )
        return result
    seen: dict[str, int] = {}
    for row in reader:
        line = reader.line_num
        if not any(cell.strip() for cell in row):
            continue

        def cell(key: str, row=row) -> str:
            index = columns.get(key)
            return row[index].strip() if index is not None and index < len(row) else ""

        email = normalise_email(cell("email"))
        try:
            validate_email(email)
        except ValidationError:
            result.errors.append((line, f"„{cell('email')}“ ist keine gültige E-Mail-Adresse."))
            continue
        raw_date = cell("consent_date")
        consent_date = parse_date(raw_date)
        if consent_date is None:
            result.errors.append(
                (
                    line,
                    f"{email}: Einwilligungsdatum „{raw_date}“ fehlt oder ist unlesbar "
                    "(erwartet z. B. 2024-03-15 oder 15.03.2024).",
                )
            )
            continue
        if consent_date > today:
            result.errors.append(
                (line, f"{email}: Einwilligungsdatum {raw_date} liegt in der Zukunft.")
            )
            continue
        if email in seen:
            result.errors.append(
                (line, f"{email}: doppelt in der Datei (schon in Zeile {seen[email]}).")
            )
            continue
        seen[email] = line
        topics = tuple(t.strip() for t in cell("topics").replace("|", ";").split(";") if t.strip())
        result.rows.append(ImportedRow(line, email, cell("name")[:200], consent_date, topics))
    return result
