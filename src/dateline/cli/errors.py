"""``dateline errors``: the documents of a store that became error records, and why."""

from __future__ import annotations

import json
from typing import Optional

import typer
from rich.console import Console
from rich.markup import escape

from . import app
from .store import DB


@app.command("errors")
def list_errors(
    db: str = DB,
    kind: Optional[str] = typer.Option(None, "--kind", help="Only errors of this kind (too-large, truncated, ...)."),
    limit: int = typer.Option(100, "--limit", "-n", help="List at most this many (0: all)."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON lines."),
):
    """List the inputs that could not be read, with the stage, kind and reason of each."""
    from ..store import open_store
    from ..store.errors import error_counts, stored_errors

    con = open_store(db)
    rows = stored_errors(con, kind=kind, limit=limit or None)
    if as_json:
        for r in rows:
            typer.echo(json.dumps(r, ensure_ascii=False))
        return
    out = Console()
    counts = error_counts(con)
    if not counts:
        out.print("no errors stored")
        return
    out.print("errors by kind: " + ", ".join(f"{k} {n}" for k, n in counts.items()))
    for r in rows:
        out.print(f"[red]{escape(r['kind'] or '?')}[/red] at {escape(r['stage'] or '?')}  {escape(r['source'] or '')}\n"
                  f"  {escape(r['message'] or '')}", highlight=False)
