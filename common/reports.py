"""One report for every import: counts, and problems with the line they were found on.

Each importer subclasses `ImportReport` with its own counters and says in `summary_lines`
how they read in German; listing the problems, sorting them by line and rendering them for a
management command or an admin page is done here once.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.utils.translation import gettext as _
from django.utils.translation import ngettext


@dataclass(frozen=True, order=True)
class Problem:
    """Something the import could not use. `line` is 1-based, None when it has no line."""

    line: int | None
    message: str

    def __str__(self) -> str:
        if self.line is None:
            return self.message
        return _("Zeile %(line)d: %(message)s") % {"line": self.line, "message": self.message}

    def __iter__(self):
        # `{% for line, message in report.problems %}` in templates.
        yield self.line
        yield self.message


@dataclass
class Counts:
    """Created, updated and unchanged rows of one kind."""

    created: int = 0
    updated: int = 0
    unchanged: int = 0

    def __str__(self) -> str:
        return _("%(created)d neu, %(updated)d geändert, %(unchanged)d unverändert") % {
            "created": self.created,
            "updated": self.updated,
            "unchanged": self.unchanged,
        }

    @property
    def changed(self) -> int:
        return self.created + self.updated


@dataclass
class ImportReport:
    """Base class: subclasses add counters (ints or `Counts`) and override `summary_lines`."""

    problems: list[Problem] = field(default_factory=list)

    def add_problem(self, message: str, *, line: int | None = None) -> None:
        self.problems.append(Problem(line, message))

    @property
    def problem_count(self) -> int:
        return len(self.problems)

    @property
    def ok(self) -> bool:
        return not self.problems

    def sorted_problems(self) -> list[Problem]:
        """By line; problems without a line first, in the order they were found."""
        return sorted(self.problems, key=lambda p: -1 if p.line is None else p.line)

    def summary_lines(self) -> list[str]:
        """The counters in German; one line each."""
        return []

    def problem_lines(self) -> list[str]:
        if not self.problems:
            return []
        heading = ngettext("%(count)d Problem:", "%(count)d Probleme:", self.problem_count) % {
            "count": self.problem_count
        }
        return [heading, *(f"  - {problem}" for problem in self.sorted_problems())]

    def lines(self) -> list[str]:
        return [*self.summary_lines(), *self.problem_lines()]

    def as_text(self) -> str:
        """For a management command's output."""
        return "\n".join(self.lines()) + "\n"

    def summary(self, *, limit: int = 3) -> str:
        """The first problems on one line, for an exception message."""
        shown = "; ".join(str(p) for p in self.sorted_problems()[:limit])
        more = self.problem_count - limit
        if more > 0:
            shown += " " + _("(und %(count)d weitere)") % {"count": more}
        return shown
