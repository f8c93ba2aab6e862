"""The single writer's CPU per page: pickled records, as ingest workers send them, fed to
``StoreWriter``; and a hash of every table, to show two ways of writing give the same store.

    .venv/bin/python benchmarks/writer.py make --pages 2000 --out /tmp/recs.pkl [--analyse] [--plain]
    .venv/bin/python benchmarks/writer.py make --from /tmp/recs.pkl --out /tmp/prepared.pkl
    .venv/bin/python benchmarks/writer.py run /tmp/recs.pkl [--profile] [--plain] [--db out.db]
    .venv/bin/python benchmarks/writer.py hash out.db

``make`` reads the invented WARC pages (``invented_warcs.py``) in this process with the fast
HTML path, prepares each record as a worker does (``store.prepare``; ``--plain``: not), and
keeps them in messages of 50 records, pickled, as they cross the workers' queue.  ``run``
times what the driver does with them: unpickling each message and ``StoreWriter.add`` (its
commits included), CPU seconds per 1,000 pages; ``--plain`` drops the prepared part so the
writer computes it itself.  ``hash`` prints a SHA-1 per table over its sorted rows (the
time columns of ``documents`` and ``ingest_log`` left out; the contentless full-text index
through its shadow tables).
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import pickle
import pstats
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
PER_MESSAGE = 50  # executors/files.py RECORDS_PER_MESSAGE
# Columns that hold the wall time of the run: equal stores differ there.
TIME_COLUMNS = {"documents": {"ingested"}, "ingest_log": {"started", "updated", "finished"},
                "ingest_manifest": {"finished"}}


def make(pages: int, out: str, analyse: bool, plain: bool, source: str | None) -> None:
    if source:  # the records of another file, made without --plain or with (analysis is slow)
        from dateline.store.prepare import PREPARED

        with open(source, "rb") as f:
            records = [{k: v for k, v in r.items() if k != PREPARED} for m in pickle.load(f) for r in pickle.loads(m)]
    else:
        from invented_warcs import write_warcs

        from dateline.executors import LocalExecutor
        from dateline.pipeline import Options
        from dateline.readers import iter_pages

        folder = Path(tempfile.mkdtemp(prefix="dateline-writer-"))
        per_file = min(pages, 500)
        paths = [str(p) for p in write_warcs(folder, n_files=max(1, pages // per_file), per_file=per_file)]
        records = list(LocalExecutor(Options(analyse=analyse, html_extractor="fast")).run(iter_pages(paths)))
    if not plain:
        from dateline.store.prepare import prepare

        records = [prepare(r) for r in records]
    messages = [pickle.dumps(records[i:i + PER_MESSAGE]) for i in range(0, len(records), PER_MESSAGE)]
    with open(out, "wb") as f:
        pickle.dump(messages, f)
    print(f"{len(records)} records in {len(messages)} messages -> {out}")


def run(path: str, db: str | None, profile: bool, plain: bool) -> None:
    from dateline.store import StoreWriter

    with open(path, "rb") as f:
        messages = pickle.load(f)
    db = db or str(Path(tempfile.mkdtemp(prefix="dateline-writer-")) / "w.db")
    for suffix in ("", "-wal", "-shm"):
        Path(db + suffix).unlink(missing_ok=True)
    if plain:  # the prepared part dropped before the clock starts: the writer computes it
        from dateline.store.prepare import PREPARED

        messages = [pickle.dumps([{k: v for k, v in r.items() if k != PREPARED} for r in pickle.loads(m)])
                    for m in messages]
    prof = cProfile.Profile() if profile else None
    writer = StoreWriter(db, batch_size=200)
    writer.begin([path])
    n = 0
    cpu = time.process_time()
    if prof:
        prof.enable()
    for m in messages:
        for rec in pickle.loads(m):
            writer.add(rec)
            n += 1
    counts = writer.close()
    if prof:
        prof.disable()
    cpu = time.process_time() - cpu
    print(f"{n} records ({counts['new']} new, {counts['errors']} errors) -> {db}: writer CPU {cpu:.2f} s, "
          f"{1000 * cpu / max(n, 1):.2f} s per 1,000 pages")
    if prof:
        pstats.Stats(prof).sort_stats("cumulative").print_stats(35)
        pstats.Stats(prof).sort_stats("tottime").print_stats(25)


def table_hashes(db: str) -> dict[str, str]:
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table' AND sql NOT LIKE "
                                        "'CREATE VIRTUAL%' ORDER BY name")]
    out = {}
    for t in tables:
        cols = [r[1] for r in con.execute(f"PRAGMA table_info({t})") if r[1] not in TIME_COLUMNS.get(t, ())]
        rows = sorted(repr(r) for r in con.execute(f"SELECT {', '.join(repr(c) for c in cols)} FROM {t}"))
        out[t] = f"{len(rows)} rows {hashlib.sha1(chr(10).join(rows).encode()).hexdigest()}"
    con.close()
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    m = sub.add_parser("make")
    m.add_argument("--pages", type=int, default=2000)
    m.add_argument("--out", required=True)
    m.add_argument("--analyse", action="store_true")
    m.add_argument("--plain", action="store_true", help="records as the pipeline gives them, not prepared")
    m.add_argument("--from", dest="source", help="take the records of this file instead of reading pages")
    r = sub.add_parser("run")
    r.add_argument("records")
    r.add_argument("--db")
    r.add_argument("--profile", action="store_true")
    r.add_argument("--plain", action="store_true", help="drop the prepared part: the writer computes it")
    h = sub.add_parser("hash")
    h.add_argument("db")
    args = ap.parse_args()
    if args.cmd == "make":
        make(args.pages, args.out, args.analyse, args.plain, args.source)
    elif args.cmd == "run":
        run(args.records, args.db, args.profile, args.plain)
    else:
        for t, h in table_hashes(args.db).items():
            print(f"{t}: {h}")


if __name__ == "__main__":
    main()
