"""Ingest at scale: invented pages in WARC files, ingested with 1 and 2 local workers and on a
local Ray cluster; CPU time, wall time and peak memory per run; memory as the input grows; a
killed run resumed.

Each run is its own process (``--one``), so its peak memory and CPU are its own.  CPU is the
driver's plus every worker's own process time; peak memory is the largest of the driver's and
any worker's resident set.  Wall-clock scaling means something only on an idle machine: say
whether it was.

    .venv/bin/python benchmarks/scale.py [--pages 4000] [--grow 1000,20000] [--ray] [--analyse]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
PER_FILE = 500


def one_run(folder: str, db: str, workers: int, ray: str | None, analyse: bool, fast: bool) -> dict:
    from dateline.pipeline import Options
    from dateline.store.ingest import ingest_parallel

    wall = time.perf_counter()
    options = Options(analyse=analyse, html_extractor="fast" if fast else "dateline")
    counts = ingest_parallel([folder], db, options, workers=workers, ray_address=ray, batch_size=200)
    wall = time.perf_counter() - wall
    driver_cpu = time.process_time()
    return {"new": counts["new"], "errors": counts["errors"], "wall_s": wall,
            "cpu_s": driver_cpu + counts["workers.cpu_ms"] / 1000, "driver_cpu_s": driver_cpu,
            "peak_mb": max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, counts["workers.maxrss_kb"]) / 1024,
            "driver_peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def _child(args: list[str]) -> dict:
    env = {**os.environ, "PYTHONPATH": str(HERE.parent / "src")}
    out = subprocess.run([sys.executable, __file__, "--one", *args], env=env, check=True,
                         capture_output=True, text=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def _warcs(root: Path, pages: int) -> Path:
    from invented_warcs import write_warcs

    folder = root / f"warc-{pages}"
    if not folder.exists():
        write_warcs(folder, n_files=max(1, pages // PER_FILE), per_file=min(pages, PER_FILE))
    return folder


def _count(db: str, sql: str) -> int:
    con = sqlite3.connect(db)
    try:
        return con.execute(sql).fetchone()[0]
    finally:
        con.close()


def kill_and_resume(root: Path, folder: Path, flags: list[str]) -> dict:
    db = str(root / "killed.db")
    cmd = [sys.executable, "-m", "dateline.cli", "ingest", str(folder), "--db", db, "--workers", "2", *flags]
    env = {**os.environ, "PYTHONPATH": str(HERE.parent / "src")}
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    while proc.poll() is None:
        try:
            if _count(db, "SELECT count(*) FROM ingest_manifest") >= 2:
                break
        except sqlite3.OperationalError:
            pass
        time.sleep(0.1)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    at_kill = _count(db, "SELECT count(*) FROM articles")
    subprocess.run(cmd, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return {"stored_at_kill": at_kill, "stored_after_resume": _count(db, "SELECT count(*) FROM articles"),
            "distinct_ids": _count(db, "SELECT count(DISTINCT id) FROM articles"),
            "files_done": _count(db, "SELECT count(*) FROM ingest_manifest WHERE status='done'")}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=4000, help="pages for the 1-vs-2-worker and Ray runs")
    ap.add_argument("--grow", default="1000,20000", help="input sizes for the peak-memory comparison (2 workers)")
    ap.add_argument("--ray", action="store_true", help="also run on a local Ray cluster (2 CPUs)")
    ap.add_argument("--analyse", action="store_true", help="run the analysis stages too (default: extract only)")
    ap.add_argument("--slow-html", action="store_true", help="the trafilatura HTML path instead of the fast one")
    ap.add_argument("--keep", default=None, help="folder for the WARCs and stores (default: a temporary one)")
    ap.add_argument("--one", nargs=6, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        folder, db, workers, ray, analyse, fast = args.one
        print(json.dumps(one_run(folder, db, int(workers), None if ray == "-" else ray, analyse == "1", fast == "1")))
        return
    root = Path(args.keep or tempfile.mkdtemp(prefix="dateline-scale-"))
    root.mkdir(parents=True, exist_ok=True)
    flags = ["1" if args.analyse else "0", "0" if args.slow_html else "1"]
    cli_flags = ([] if args.analyse else ["--no-analyse"]) + ([] if args.slow_html else ["--fast"])
    load = os.getloadavg()[0]
    print(f"machine: {os.cpu_count()} CPUs, load average {load:.2f} at start (not idle if > 0.5); "
          f"analysis {'on' if args.analyse else 'off'}, HTML path {'trafilatura' if args.slow_html else 'fast'}\n")
    folder = _warcs(root, args.pages)
    runs = {}
    for name, workers, ray in [("1 worker", 1, "-"), ("2 workers", 2, "-")] + ([("Ray local, 2 CPUs", 2, "local")]
                                                                                if args.ray else []):
        db = root / f"{name.replace(' ', '-').replace(',', '')}.db"
        for suffix in ("", "-wal", "-shm"):
            Path(str(db) + suffix).unlink(missing_ok=True)
        runs[name] = _child([str(folder), str(db), str(workers), ray, *flags])
        print(f"  {name}: {runs[name]}", file=sys.stderr)
    base = runs["1 worker"]
    print(f"| run ({args.pages} pages) | stored | pages/CPU-s | CPU s | wall s | pages/wall-s | wall speed-up | peak MB |")
    print("|---|---|---|---|---|---|---|---|")
    for name, r in runs.items():
        print(f"| {name} | {r['new']} | {r['new'] / r['cpu_s']:.1f} | {r['cpu_s']:.1f} | {r['wall_s']:.1f} | "
              f"{r['new'] / r['wall_s']:.1f} | {base['wall_s'] / r['wall_s']:.2f} | {r['peak_mb']:.0f} |")
    print()
    grow = {}
    for n in [int(x) for x in args.grow.split(",") if x]:
        db = root / f"grow-{n}.db"
        for suffix in ("", "-wal", "-shm"):
            Path(str(db) + suffix).unlink(missing_ok=True)
        grow[n] = _child([str(_warcs(root, n)), str(db), "2", "-", *flags])
        print(f"  grow {n}: {grow[n]}", file=sys.stderr)
    if grow:
        first = grow[min(grow)]
        print("| pages (2 workers) | stored | pages/CPU-s | peak MB (largest process) | driver peak MB | peak vs smallest |")
        print("|---|---|---|---|---|---|")
        for n, r in grow.items():
            print(f"| {n} | {r['new']} | {r['new'] / r['cpu_s']:.1f} | {r['peak_mb']:.0f} | {r['driver_peak_mb']:.0f} | "
                  f"{r['peak_mb'] / first['peak_mb']:.2f} |")
        print()
    resumed = kill_and_resume(root, folder, cli_flags)
    print(f"kill and resume ({args.pages} pages, 2 workers, SIGKILL after 2 files): {resumed}")


if __name__ == "__main__":
    main()
