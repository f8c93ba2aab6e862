"""Export the store, one file per table: Parquet (bulk; DuckDB and pandas read it), JSONL, CSV.

Rows stream in chunks so a large store never sits in memory; Parquet column types come from
the SQLite declared types so every chunk has the same schema.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

from ..store.schema import EXPORT_TABLES, connect

CHUNK = 20_000
_ARROW = {"INTEGER": "int64", "REAL": "float64", "TEXT": "string", "BLOB": "binary"}


def _columns(con, table: str) -> list[tuple[str, str]]:
    cols = [(r[1], (r[2] or "TEXT").upper()) for r in con.execute(f"PRAGMA table_info({table})")]
    if table == "articles" and not any(c == "rowid" for c, _ in cols):
        cols.insert(0, ("rowid", "INTEGER"))
    return cols


def export_store(db: str, out_dir: str | Path, fmt: str = "parquet") -> dict[str, tuple[str, int]]:
    if fmt not in ("parquet", "jsonl", "csv"):
        raise ValueError(f"unknown export format {fmt!r} (parquet, jsonl, csv)")
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    con = connect(db, readonly=True)
    con.row_factory = None
    done = {}
    for table in EXPORT_TABLES:
        cols = _columns(con, table)
        names = [c for c, _ in cols]
        sel = ", ".join(f'"{c}"' for c in names)
        cur = con.execute(f"SELECT {sel} FROM {table}")
        path = out_dir / f"{table}.{fmt}"
        n = _WRITERS[fmt](cur, cols, path)
        done[table] = (str(path), n)
    con.close()
    return done


def _parquet(cur, cols, path: Path) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pa.schema([(c, getattr(pa, _ARROW.get(t, "string"))()) for c, t in cols])
    n = 0
    with pq.ParquetWriter(path, schema, compression="zstd") as w:
        while rows := cur.fetchmany(CHUNK):
            arrays = [pa.array([r[i] for r in rows], type=schema.field(i).type) for i in range(len(cols))]
            w.write_table(pa.Table.from_arrays(arrays, schema=schema))
            n += len(rows)
    return n


def _jsonl(cur, cols, path: Path) -> int:
    n = 0
    names = [c for c, _ in cols]
    with open(path, "w", encoding="utf-8") as f:
        while rows := cur.fetchmany(CHUNK):
            for r in rows:
                f.write(json.dumps(dict(zip(names, r)), ensure_ascii=False) + "\n")
            n += len(rows)
    return n


def _csv(cur, cols, path: Path) -> int:
    n = 0
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow([c for c, _ in cols])
        while rows := cur.fetchmany(CHUNK):
            w.writerows(rows)
            n += len(rows)
    return n


_WRITERS = {"parquet": _parquet, "jsonl": _jsonl, "csv": _csv}
