"""Export the store, one file per table: Parquet (bulk; DuckDB and pandas read it), JSONL, CSV.

Rows stream in chunks so a large store never sits in memory; Parquet column types come from
the SQLite declared types so every chunk has the same schema.

Every file is written as a new file inside the output folder (created exclusively, then
renamed into place), so an export never writes through a symbolic link or a hard link
planted in the folder; a table's name that is taken by anything but a regular file (a link,
a folder, a FIFO) stops the export before any file is written.
"""

from __future__ import annotations

import csv
import io
import json
import os
import stat
import tempfile
from pathlib import Path

from ..store.export_read import export_tables
from ..store.schema import EXPORT_TABLES

CHUNK = 20_000
_ARROW = {"INTEGER": "int64", "REAL": "float64", "TEXT": "string", "BLOB": "binary"}


class ExportError(ValueError):
    """The export cannot be done as asked; nothing was written."""


def _refuse_unsafe_targets(out_dir: Path, fmt: str) -> None:
    for table in EXPORT_TABLES:
        target = out_dir / f"{table}.{fmt}"
        try:
            mode = os.lstat(target).st_mode
        except FileNotFoundError:
            continue
        if not stat.S_ISREG(mode):
            what = "a symbolic link" if stat.S_ISLNK(mode) else "not a regular file"
            raise ExportError(f"{target} is {what}; refusing to write through it (nothing was exported)")


def export_store(db: str, out_dir: str | Path, fmt: str = "parquet") -> dict[str, tuple[str, int]]:
    from ..store import open_store

    if fmt not in _WRITERS:
        raise ExportError(f"unknown export format {fmt!r} (choose parquet, jsonl or csv)")
    out_dir = Path(out_dir)
    con = open_store(db)
    out_dir.mkdir(parents=True, exist_ok=True)
    _refuse_unsafe_targets(out_dir, fmt)
    done = {}
    try:
        for table, cols, cur in export_tables(con):
            path = out_dir / f"{table}.{fmt}"
            n = _write_new(out_dir, path, lambda f: _WRITERS[fmt](cur, cols, f))
            done[table] = (str(path), n)
    finally:
        con.close()
    return done


def _write_new(out_dir: Path, path: Path, write) -> int:
    """Write through a new file made exclusively in ``out_dir``, then rename it to ``path``:
    the rename replaces a name, never the file a link points at."""
    fd, tmp = tempfile.mkstemp(dir=out_dir, prefix=f".{path.name}.", suffix=".part")
    try:
        with os.fdopen(fd, "wb") as f:
            n = write(f)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return n


def _parquet(cur, cols, f) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pa.schema([(c, getattr(pa, _ARROW.get(t, "string"))()) for c, t in cols])
    n = 0
    with pq.ParquetWriter(f, schema, compression="zstd") as w:
        while rows := cur.fetchmany(CHUNK):
            arrays = [pa.array([r[i] for r in rows], type=schema.field(i).type) for i in range(len(cols))]
            w.write_table(pa.Table.from_arrays(arrays, schema=schema))
            n += len(rows)
    return n


def _jsonl(cur, cols, raw) -> int:
    n = 0
    names = [c for c, _ in cols]
    with io.TextIOWrapper(raw, encoding="utf-8") as f:
        while rows := cur.fetchmany(CHUNK):
            for r in rows:
                f.write(json.dumps(dict(zip(names, r)), ensure_ascii=False) + "\n")
            n += len(rows)
    return n


def _csv(cur, cols, raw) -> int:
    n = 0
    with io.TextIOWrapper(raw, encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow([c for c, _ in cols])
        while rows := cur.fetchmany(CHUNK):
            w.writerows(rows)
            n += len(rows)
    return n


_WRITERS = {"parquet": _parquet, "jsonl": _jsonl, "csv": _csv}
