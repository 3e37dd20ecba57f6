"""Speed of the footnote parser: footnotes per second on the seed block, repeated.

Parses the demo footnote block (51 notes, 282 events) `--rounds` times per run and prints the
rate of the best of `--runs` runs and the median, by CPU time of this process
(`time.process_time`: other work on a shared machine does not count) and by wall-clock time.
No database, no Django set-up.

    uv run python benchmarks/footnote_parser_bench.py
    uv run python benchmarks/footnote_parser_bench.py --file tests/legal/corpus/bund_sample.txt
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

from legal.footnotes import parse_footnote_file  # noqa: E402

SEED = ROOT / "legal" / "demo_data" / "sgv_nrw_fussnoten.txt"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--file", default=str(SEED))
    parser.add_argument("--rounds", type=int, default=200)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    text = Path(args.file).read_text(encoding="utf-8")
    parsed = parse_footnote_file(text)
    notes = len(parsed.footnotes)
    events = sum(len(n.events) for n in parsed.footnotes)
    unparsed = sum(len(n.unparsed) for n in parsed.footnotes)
    rates, wall_rates = [], []
    for _ in range(args.runs):
        start, wall = time.process_time(), time.perf_counter()
        for _ in range(args.rounds):
            parse_footnote_file(text)
        rates.append(notes * args.rounds / (time.process_time() - start))
        wall_rates.append(notes * args.rounds / (time.perf_counter() - wall))
    print(
        f"file: {args.file} ({parsed.format}): {notes} footnotes, {events} events, "
        f"{unparsed} unparsed pieces"
    )
    print(
        f"{notes * args.rounds * args.runs:,} footnotes parsed: best {max(rates):,.0f} "
        f"footnotes/s, median {statistics.median(rates):,.0f} footnotes/s (CPU time); "
        f"wall clock best {max(wall_rates):,.0f} footnotes/s"
    )


if __name__ == "__main__":
    main()
