"""Speed of the footnote parser: footnotes per second, on the seed block and on varied input.

Two modes, both printed unless one is chosen with `--mode`:

- `seed`: the demo footnote block (51 notes, 282 events, one statute citing the same few acts
  over and over) parsed `--rounds` times, as the importer reads a file;
- `corpus`: the varied hand-labelled corpora in tests/legal/corpus/: every NRW case text
  (`nrw_footnotes.txt`, each a note of another statute, parsed on its own with no act shared
  between notes) plus the federal sample (`bund_notes.txt`, as a file), `--rounds` times.

The parser keeps no cache across calls. The only cache, the acts already read, lives for one
file (`--isolated` parses the seed's notes one by one to show the rate without it), so a
repeated round costs what the first one does; `--cold` checks that by clearing any functools
cache in legal.footnotes before every round. Each mode prints the rate of the best of `--runs`
runs and the median, by CPU time of this process (`time.process_time`: other work on a shared
machine does not count) and by wall-clock time, and the load average. No database.

Goal (issue 10): ≥ 10,000 footnotes/s on the seed. On the 2-core machine shared with other
engineers, 28 Nov 2026, best of 5 runs by CPU time, three runs each, main's parser (aa1a04e)
→ this parser, load average 4.2–4.5: seed 13,622–13,707 → 15,164–15,308 footnotes/s, corpus
32,965–34,519 → 33,037–35,646 footnotes/s; load 3.1–4.2: seed notes parsed one by one
(`--isolated`) 11,057–11,152 → 11,610–11,854. Rounds of both parsers interleaved in one
process: seed +7.9 %, corpus +3.1 %. Wall-clock rates under such load fall as low as
4,800/s: quote CPU time, with the load printed next to it.

    uv run python benchmarks/footnote_parser_bench.py
    uv run python benchmarks/footnote_parser_bench.py --mode corpus --cold
    uv run python benchmarks/footnote_parser_bench.py --mode seed --isolated
    uv run python benchmarks/footnote_parser_bench.py --mode seed --file <block.txt>
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
# The parser's messages go through Django's translation machinery: settings are needed.
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "frs_portal.settings.test")

import django  # noqa: E402

django.setup()

from legal import footnotes  # noqa: E402
from legal.footnotes import parse_footnote, parse_footnote_file  # noqa: E402
from tests.legal.corpus import HERE, load_cases  # noqa: E402

SEED = ROOT / "legal" / "demo_data" / "sgv_nrw_fussnoten.txt"


def _caches() -> list:
    """Every functools cache in the parser's modules (cleared before each round with --cold)."""
    found = []
    for name in dir(footnotes):
        module = getattr(footnotes, name)
        if not isinstance(module, type(footnotes)):
            continue
        for value in vars(module).values():
            if callable(getattr(value, "cache_clear", None)):
                found.append(value)
    return found


def seed_workload(path: str, isolated: bool = False):
    text = Path(path).read_text(encoding="utf-8")
    if isolated:
        # Each note of the block on its own: no act read once and reused by the next notes.
        notes = [(n.text, n.label) for n in parse_footnote_file(text).footnotes]

        def run_isolated() -> list:
            return [parse_footnote(note, label) for note, label in notes]

        return f"seed {path}, each note on its own", run_isolated

    def run() -> list:
        return parse_footnote_file(text).footnotes

    return f"seed {path}", run


def corpus_workload():
    texts = [case.text for case in load_cases("nrw_footnotes")]
    federal = (HERE / "bund_notes.txt").read_text(encoding="utf-8")

    def run() -> list:
        notes = [parse_footnote(text) for text in texts]
        notes.extend(parse_footnote_file(federal, "bund").footnotes)
        return notes

    return f"corpus tests/legal/corpus/ ({len(texts)} NRW cases + bund_notes.txt)", run


def measure(title: str, run, rounds: int, runs: int, cold: bool) -> None:
    caches = _caches() if cold else []
    parsed = run()
    notes = len(parsed)
    events = sum(len(n.events) for n in parsed)
    unparsed = sum(len(n.unparsed) for n in parsed)
    rates, wall_rates = [], []
    for _ in range(runs):
        spent = wall_spent = 0.0
        for _ in range(rounds):
            for cache in caches:
                cache.cache_clear()
            start, wall = time.process_time(), time.perf_counter()
            run()
            spent += time.process_time() - start
            wall_spent += time.perf_counter() - wall
        rates.append(notes * rounds / spent)
        wall_rates.append(notes * rounds / wall_spent)
    chars = sum(len(n.text) for n in parsed)
    print(
        f"{title}: {notes} footnotes, {events} events, {chars:,} characters, "
        f"{unparsed} unparsed pieces"
        f"{f', {len(caches)} caches cleared every round' if cold else ''}"
    )
    print(
        f"  {notes * rounds * runs:,} footnotes parsed: best {max(rates):,.0f} footnotes/s, "
        f"median {statistics.median(rates):,.0f} footnotes/s (CPU time); "
        f"wall clock best {max(wall_rates):,.0f} footnotes/s"
    )
    best = max(rates) / notes
    print(f"  at the best rate: {events * best:,.0f} events/s, {chars * best:,.0f} characters/s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mode", choices=("seed", "corpus", "both"), default="both")
    parser.add_argument("--file", default=str(SEED), help="footnote block for the seed mode")
    parser.add_argument("--rounds", type=int, default=200)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--cold", action="store_true", help="clear parser caches every round")
    parser.add_argument(
        "--isolated", action="store_true", help="seed: parse each note alone (no act shared)"
    )
    args = parser.parse_args()
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    clock = time.strftime("%H:%M:%S", time.gmtime())
    print(f"{clock} UTC, load average {load} on {os.cpu_count()} cores")
    if args.mode in {"seed", "both"}:
        measure(*seed_workload(args.file, args.isolated), args.rounds, args.runs, args.cold)
    if args.mode in {"corpus", "both"}:
        measure(*corpus_workload(), args.rounds, args.runs, args.cold)


if __name__ == "__main__":
    main()
