"""Start-up: CPU-seconds to read ONE page end to end as a fresh process, against the trafilatura command.

Each command runs as its own process, N times after one warm-up run (which also fills dateline's
cache folder, see src/dateline/cache.py); CPU = user + system time of the finished child
(resource.getrusage), median of the N runs, and the ratio to trafilatura's median in the same
run (the machine is shared: compare ratios).  The page: the first naeb page of
../shared/data/extraction (287 KB of HTML), or --page PATH.

    .venv/bin/python benchmarks/startup.py [-n 5] [--page PATH] [--cold]

--cold also times dateline with an empty cache folder each run (the first run on a machine).
"""

from __future__ import annotations

import argparse
import gzip
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE.parent.parent / "shared" / "data" / "extraction" / "naeb" / "html"
BIN = Path(sys.executable).parent


def cpu_of(cmd: list[str], stdin: Path | None = None, env: dict | None = None) -> float:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    with open(stdin or os.devnull, "rb") as inp:
        subprocess.run(cmd, stdin=inp, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, check=False)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def median_cpu(cmd, n, stdin=None, env=None, fresh_cache=False) -> float:
    runs = []
    for i in range(n + 1):
        run_env = dict(env or os.environ)
        tmp = None
        if fresh_cache:
            tmp = tempfile.mkdtemp(prefix="dateline-cache-")
            run_env["DATELINE_CACHE_DIR"] = tmp
        cpu = cpu_of(cmd, stdin, run_env)
        if tmp:
            shutil.rmtree(tmp, ignore_errors=True)
        if i:  # the first run is the warm-up
            runs.append(cpu)
    return statistics.median(runs)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=5, help="counted runs of each command")
    ap.add_argument("--page", type=Path, default=None)
    ap.add_argument("--cold", action="store_true", help="also time dateline with an empty cache folder")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        page = args.page
        if page is None:
            if not DATA.exists():
                sys.exit(f"benchmark data not found at {DATA}")
            page = Path(tmp) / "page.html"
            page.write_bytes(gzip.decompress(sorted(DATA.glob("*.html.gz"))[0].read_bytes()))
        dateline, trafilatura = str(BIN / "dateline"), str(BIN / "trafilatura")
        ref = median_cpu([trafilatura], args.n, stdin=page)
        rows = [("trafilatura < page (main text)", ref)]
        for label, extra in (("dateline read page --no-analyse", ["--no-analyse"]),
                             ("dateline read page --no-analyse --fast", ["--no-analyse", "--fast"]),
                             ("dateline read page (with analysis)", []),
                             ("dateline read page --fast (with analysis)", ["--fast"])):
            rows.append((label, median_cpu([dateline, "read", str(page), *extra], args.n)))
        if args.cold:
            rows.append(("dateline read page --no-analyse, empty cache folder each run",
                         median_cpu([dateline, "read", str(page), "--no-analyse"], args.n, fresh_cache=True)))
    print(f"### Start-up: one page, a fresh process each run (median of {args.n} runs after a warm-up)\n")
    print("| command | CPU-s | vs trafilatura |\n|---|---|---|")
    for label, cpu in rows:
        print(f"| {label} | {cpu:.2f} | {cpu / ref:.1f}× |")


if __name__ == "__main__":
    main()
