"""Benchmark: the link checker over 2,000 links on local web servers.

    uv run python benchmarks/linkcheck_bench.py                  # 2,000 links, 4 hosts, limit 4
    uv run python benchmarks/linkcheck_bench.py --links 500 --hosts 2 --limit 2 --latency 0.02

Four web servers (127.0.0.1 to 127.0.0.4, one "host" each; all of 127.0.0.0/8 is loopback on
Linux) run in a child process, so they do not share the checker's interpreter, and answer
every request after `--latency` seconds, like a real site. The links are a mix of what a
library holds: pages (HEAD plus a short GET for the title), PDFs (HEAD only), permanent
redirects and deleted pages. The servers count concurrent requests per host; the benchmark
fails if any host saw more than the per-host limit. It prints links per second, the peak
number of concurrent requests per host, the checker's peak Python allocations (tracemalloc)
and the process's peak resident memory.
"""

import argparse
import multiprocessing
import resource
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PATHS = ["/bulk/{n}", "/real.pdf?{n}", "/moved?{n}", "/gone-404?{n}"]


def serve(hosts: int, latency: float, ports, stop, peaks) -> None:
    from tests.linkcheck.local_server import LocalServer

    servers = [LocalServer(f"127.0.0.{i + 1}", delay=latency) for i in range(hosts)]
    for server in servers:
        server.__enter__()
    ports.put([server.base_url for server in servers])
    stop.wait()
    peaks.put([(server.base_url, server.peak, len(server.requests)) for server in servers])
    for server in servers:
        server.__exit__(None, None, None)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--links", type=int, default=2000)
    parser.add_argument("--hosts", type=int, default=4)
    parser.add_argument("--limit", type=int, default=4, help="per-host concurrency limit")
    parser.add_argument("--workers", type=int, default=16)
    parser.add_argument("--latency", type=float, default=0.01, help="server answer delay (s)")
    args = parser.parse_args()

    from linkcheck.checker import CheckerConfig, LinkChecker, Target

    ports, peaks = multiprocessing.Queue(), multiprocessing.Queue()
    stop = multiprocessing.Event()
    child = multiprocessing.Process(
        target=serve, args=(args.hosts, args.latency, ports, stop, peaks), daemon=True
    )
    child.start()
    bases = ports.get(timeout=30)
    targets = []
    for n in range(args.links):
        path = PATHS[(n // len(bases)) % len(PATHS)]
        targets.append(
            Target(
                url=bases[n % len(bases)] + path.format(n=n),
                expected_type="application/pdf" if ".pdf" in path else "",
                key=n,
            )
        )
    checker = LinkChecker(
        CheckerConfig(
            user_agent="FRS-Portal-Linkpruefung/1.0 (+benchmark)",
            per_host_limit=args.limit,
            per_host_delay=0.0,
            max_workers=args.workers,
            connect_timeout=5,
            read_timeout=10,
            allow_private_addresses=True,
        )
    )

    tracemalloc.start()
    started = time.perf_counter()
    statuses: dict[str, int] = {}
    for result in checker.check_many(targets):
        statuses[str(result.status)] = statuses.get(str(result.status), 0) + 1
    elapsed = time.perf_counter() - started
    _, traced_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    stop.set()
    per_host = peaks.get(timeout=30)
    child.join(timeout=10)

    print(
        f"{args.links} links, {args.hosts} hosts, per-host limit {args.limit}, "
        f"{args.workers} workers, server latency {args.latency * 1000:.0f} ms"
    )
    print(f"  time            {elapsed:.2f} s")
    print(f"  throughput      {args.links / elapsed:.0f} links/s")
    print(f"  results         {dict(sorted(statuses.items()))}")
    for base, peak, requests in per_host:
        print(f"  {base:<24} peak concurrent requests {peak}, requests {requests}")
    print(f"  peak allocations (tracemalloc) {traced_peak / 1e6:.1f} MB")
    maxrss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"  peak resident memory          {maxrss:.0f} MB")
    worst = max(peak for _, peak, _ in per_host)
    if worst > args.limit or sum(statuses.values()) != args.links:
        print(f"FAILED: a host saw {worst} concurrent requests (limit {args.limit})")
        return 1
    print(f"OK: no host saw more than {args.limit} concurrent requests")
    return 0


if __name__ == "__main__":
    sys.exit(main())
