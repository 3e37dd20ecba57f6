"""The changes part of a note: "<targets> <verb>, <targets> <verb> …" as clauses.

Recursive descent over the tokens of `tokens.tokenize`. The subject ("§ 20:" or the § of the
last clause) carries over in `ctx` from clause to clause and from segment to segment of one
footnote, as editors write it. Each item keeps the words it was written with (`hint`) so that
`regenerate` can write the list again.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from .model import LEVEL_ORDER, FootnoteError, Target
from .tokens import Tok
from .vocabulary import LEVELS, PLURAL_LEVEL_WORDS, RENAMING_VERBS

_SUBLEVELS = {
    "article": ("paragraph", "absatz", "satz", "nummer", "buchstabe"),
    "paragraph": ("absatz", "satz", "nummer", "buchstabe"),
    "absatz": ("satz", "nummer", "buchstabe"),
    "satz": ("nummer", "buchstabe"),
    "nummer": ("buchstabe",),
    "buchstabe": (),
}
# The levels above each level (without "article", which every target takes from the subject).
_PARENTS = {level: LEVEL_ORDER[1 : LEVEL_ORDER.index(level)] for level in LEVEL_ORDER[1:]}
_JOINERS = frozenset({",", ";", "und", "sowie"})


@dataclass(slots=True)
class Item:
    target: Target
    hint: dict


@dataclass(slots=True)
class Clause:
    items: list[Item]
    verb: str
    sep: str  # separator written before this clause
    new_items: list[Item] = field(default_factory=list)
    follow: list[tuple[str, str]] = field(default_factory=list)  # (separator, verb)
    written: str = ""  # the verb as written, when it differs ("Aufgehoben" at the start)


class ChangeParser:
    def __init__(self, tokens: list[Tok], ctx: dict):
        self.t = tokens
        self.n = len(tokens)
        self.i = 0
        self.ctx = ctx
        self.pending_latest = False
        self.lead = ""  # a subject written before the verb, such as "Inhaltsübersicht:"

    def peek(self, k: int = 0) -> Tok | None:
        j = self.i + k
        return self.t[j] if j < self.n else None

    def fail(self, tok: Tok | None, what: str) -> FootnoteError:
        if tok is None:
            return FootnoteError(_("%(what)s am Ende.") % {"what": what})
        return FootnoteError(
            _("%(what)s bei „%(word)s“ (Stelle %(position)d).")
            % {"what": what, "word": tok[1], "position": tok[2] + 1}
        )

    def clauses(self) -> list[Clause]:
        clauses = []
        sep = ""
        while self.i < self.n:
            clauses.append(self.clause(sep))
            if self.i >= self.n:
                break
            tok = self.t[self.i]
            sep = self.separator()
            if not sep:
                raise self.fail(tok, _("Erwartet wurde „,“, „und“ oder „;“"))
        return clauses

    def separator(self) -> str:
        text = ""
        while self.i < self.n:
            tok = self.t[self.i]
            if tok[0] != "sep" or tok[4] not in _JOINERS:
                break
            text += tok[4] if tok[4] in {",", ";"} else " " + tok[4]
            self.i += 1
        return text + " " if text else ""

    def clause(self, sep: str) -> Clause:
        items = self.items()
        tok = self.peek()
        if tok is None or tok[0] != "verb":
            raise self.fail(tok, _("Erwartet wurde ein Verb wie „geändert“ oder „eingefügt“"))
        self.i += 1
        verb = tok[4]
        if not items:
            # "aufgehoben durch …" with no target: the footnote's subject, or the statute.
            ctx = self.ctx
            target = Target(paragraph=ctx.get("paragraph", ""), article=ctx.get("article", ""))
            if not target.paragraph and not target.article:
                target.part = ctx.get("part", "")
            items = [Item(target, {"implicit": True})]
            if self.lead:
                items[0].hint["lead"] = self.lead
                self.lead = ""
            if self.pending_latest:
                items[0].hint["latest"] = True
                self.pending_latest = False
        clause = Clause(items=items, verb=verb, sep=sep)
        if tok[1] != verb:
            clause.written = " ".join(tok[1].split())
        if verb in RENAMING_VERBS:
            limit = None if verb == "ersetzt durch" else len(items)
            clause.new_items = self.items(limit=limit, new=True)
            if not clause.new_items:
                raise self.fail(
                    self.peek(), _("Nach „%(verb)s“ fehlt die neue Bezeichnung") % {"verb": verb}
                )
        # "umbenannt in Absatz 1 und (dabei) neu gefasst": a second operation on the new label.
        while True:
            save = self.i
            tok = self.peek()
            if tok and tok[0] == "sep" and tok[4] == "und":
                self.i += 1
                extra = ""
                dabei = self.peek()
                if dabei and dabei[0] == "sep" and dabei[4] == "dabei":
                    self.i += 1
                    extra = " dabei"
                v = self.peek()
                if v and v[0] == "verb" and v[4] not in RENAMING_VERBS:
                    self.i += 1
                    clause.follow.append((f" und{extra} ", v[4]))
                    continue
            self.i = save
            break
        return clause

    def items(self, *, limit: int | None = None, new: bool = False) -> list[Item]:
        items: list[Item] = []
        words: dict = {}
        sep = ""
        ctx = self.ctx
        level = ctx.get("level", "paragraph")
        run_plural = False
        run_start = 0
        prev = ""
        part_run = ""  # "Anlage" after "Anlage 1", so that "und 2" means "Anlage 2"
        t, n = self.t, self.n
        while self.i < n:
            tok = t[self.i]
            kind = tok[0]
            if limit is not None and len(items) >= limit and kind not in {"mark", "jetzt"}:
                break
            if kind == "verb":
                break
            if kind == "num" and part_run and not words:
                # "Anlage 1 und 2": the number continues the list of annexes.
                self.i += 1
                target = Target(part=f"{part_run} {tok[1]}")
                items.append(Item(target, {"words": {"part_run": True}, "sep": sep}))
                sep = ""
                continue
            if kind == "num" or (kind == "letter" and level == "buchstabe"):
                self.i += 1
                num = tok[1]
                nxt = t[self.i] if self.i < n else None
                if nxt is None or nxt[0] == "sep" or nxt[0] == "verb":
                    pass  # the common case: a target, decided without further checks
                elif nxt[0] == "colon":
                    # "§ 20: Absatz 2 …": the subject of the following clauses.
                    self.i += 1
                    words = {**words, "colon": level}
                    self._set_ctx(level, num)
                    ctx["level"] = level
                    continue
                elif nxt[0] == "part" and nxt[4] == "überschrift" and level == "paragraph":
                    # "§ 8 Überschrift und Absatz 3": the § is the subject, not a target.
                    self._set_ctx(level, num)
                    continue
                elif nxt[0] == "sec" and level == "article":
                    self._set_ctx(level, num)
                    continue
                elif nxt[0] == "level" and LEVELS[nxt[4]] != level:
                    nxt_level = LEVELS[nxt[4]]
                    if LEVEL_ORDER.index(nxt_level) > LEVEL_ORDER.index(level):
                        self._set_ctx(level, num)
                        continue
                target = self._target(level, num)
                if prev:
                    target.old = True
                items.append(Item(target, {"words": words, "sep": sep}))
                ctx["level"] = level
                if level in {"paragraph", "article"}:
                    self._set_ctx(level, num)
                sep, words = "", {}
                continue
            if kind == "sep":
                low = tok[4]
                if low == "bis" and items:
                    self.i += 1
                    nxt = self.peek()
                    if nxt is None or nxt[0] not in {"num", "letter"}:
                        raise self.fail(nxt, _("Nach „bis“ fehlt eine Zahl"))
                    self.i += 1
                    items.extend(_range(items[-1], nxt[1]))
                    continue
                # A separator followed by a verb ends the list ("… und neu gefasst").
                j = self.i
                while j < n and t[j][0] == "sep":
                    j += 1
                if j >= n or t[j][0] == "verb" or low == ";":
                    break
                if new and items and t[j][0] in {"sec", "level", "part", "prev"} and limit is None:
                    # After "ersetzt durch Absätze 3 bis 5", a new keyword starts a new clause.
                    break
                sep = self.separator()
                continue
            if kind == "prev":
                self.i += 1
                prev = tok[1]
                continue
            if kind in {"sec", "level"}:
                part_run = ""
            if kind == "sec":
                self.i += 1
                words = {k: words[k] for k in ("article", "prev") if k in words}
                words["paragraph"] = tok[1]
                if prev:
                    words["prev"] = prev
                level = "paragraph"
                run_plural = tok[1] == "§§"
                run_start = len(items)
                for name in _SUBLEVELS["paragraph"]:
                    ctx.pop(name, None)
                continue
            if kind == "level":
                self.i += 1
                level = LEVELS[tok[4]]
                words = {**words, level: tok[1]}
                if prev and "prev" not in words:
                    words["prev"] = prev
                run_plural = tok[4] in PLURAL_LEVEL_WORDS
                run_start = len(items)
                continue
            if kind == "part":
                self.i += 1
                # Only a heading belongs to a §; annexes and the table of contents to the statute.
                heading = tok[4] == "überschrift"
                par = ctx.get("paragraph", "") if heading else ""
                target = Target(
                    paragraph=par,
                    part=" ".join(tok[1].split()),
                    article=ctx.get("article", "") if heading else "",
                )
                if not target.paragraph and not target.article:
                    ctx["part"] = tok[1]
                nxt = self.peek()
                if nxt and nxt[0] == "colon" and not heading:
                    # "Inhaltsübersicht: geändert durch …; geändert durch …": the subject.
                    self.i += 1
                    ctx.pop("paragraph", None)
                    ctx.pop("article", None)
                    self.lead = tok[1] + ":"
                    continue
                items.append(Item(target, {"words": words, "sep": sep}))
                sep, words = "", {}
                word, _space, number = target.part.partition(" ")
                part_run = word if number and not heading else ""
                continue
            if kind == "zuletzt" and not items:
                # "…; zuletzt geändert durch …": the footnote's subject, changed last by this act.
                self.i += 1
                self.pending_latest = True
                continue
            if not items:
                raise self.fail(tok, _("Unerwartete Angabe"))
            last = items[-1]
            if kind == "mark":
                self.i += 1
                mark = tok[4].strip("() \t\n")
                if mark == "alt":
                    last.target.old = True
                    last.hint["alt"] = True
                    if run_plural:
                        for item in items[run_start:-1]:
                            item.target.old = True
                else:
                    last.hint["note"] = mark
                continue
            if kind == "jetzt":
                self.i += 1
                last.hint["jetzt"] = " ".join(tok[1].strip("() \t\n").split())
                continue
            if kind == "zuletzt":
                self.i += 1
                last.hint["latest"] = True
                continue
            if kind == "pverb":
                self.i += 1
                last.hint["inline"] = " ".join(tok[4].strip("() ").split())
                continue
            raise self.fail(tok, _("Unerwartete Angabe"))
        return items

    def _set_ctx(self, level: str, num: str) -> None:
        ctx = self.ctx
        ctx[level] = num
        for name in _SUBLEVELS[level]:
            ctx.pop(name, None)

    def _target(self, level: str, num: str) -> Target:
        ctx = self.ctx
        # The two commonest levels built in one call (Target's fields: paragraph, absatz, …).
        if level == "absatz":
            return Target(ctx.get("paragraph", ""), num, article=ctx.get("article", ""))
        if level == "paragraph":
            return Target(num, article=ctx.get("article", ""))
        if level == "article":
            return Target(article=num)
        target = Target(article=ctx.get("article", ""))
        for name in _PARENTS[level]:
            setattr(target, name, ctx.get(name, ""))
        setattr(target, level, num)
        return target


def _range(first: Item, last_num: str) -> list[Item]:
    level = first.target.level()
    start = getattr(first.target, level)
    if len(start) == 1 and len(last_num) == 1 and start.isalpha() and last_num.isalpha():
        values = [chr(c) for c in range(ord(start) + 1, ord(last_num) + 1)]
    elif start.isdigit() and last_num.isdigit() and int(start) < int(last_num) <= 999:
        values = [str(v) for v in range(int(start) + 1, int(last_num) + 1)]
    else:
        raise FootnoteError(
            _("Bereich „%(start)s bis %(end)s“ ist keine aufsteigende Zählung.")
            % {"start": start, "end": last_num}
        )
    if not values:
        raise FootnoteError(
            _("Bereich „%(start)s bis %(end)s“ ist keine aufsteigende Zählung.")
            % {"start": start, "end": last_num}
        )
    out = []
    for value in values:
        target = first.target.copy(**{level: value})
        is_last = value == values[-1]
        out.append(Item(target, {"words": {}, "sep": " bis " if is_last else "", "ranged": True}))
    return out
