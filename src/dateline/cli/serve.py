"""``dateline serve``: browse the store in a web browser (search, story, claim, map, timeline)."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer
from . import app

LOOPBACK = ("127.0.0.1", "localhost", "::1")


@app.command()
def serve(
    db: str = typer.Option("demo.db", "--db", help="The store (default: the one `make demo` built)."),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on; anything but loopback opens it wider."),
    port: int = typer.Option(8765, "--port"),
    tiles: Optional[str] = typer.Option(None, "--tiles", help="A {z}/{x}/{y} tile URL for the map "
                                        "(default: the built-in Natural Earth basemap, no network)."),
):
    """Serve the store as a local web app and JSON API (read-only)."""
    import uvicorn

    from ..serve import create_app

    if not Path(db).is_file():
        typer.echo(f"no store at {db}: run `make demo` or `dateline ingest … --db {db}` first", err=True)
        raise typer.Exit(1)
    try:
        web = create_app(db, tiles=tiles)
    except ValueError as e:  # not a store (NotAStore), or a tile URL that is no http(s) template
        typer.echo(f"cannot serve {db}: {e}", err=True)
        raise typer.Exit(1)
    if host not in LOOPBACK:
        typer.echo(f"warning: listening on {host}: anyone who can reach this machine can read the store", err=True)
    shown = f"[{host}]" if ":" in host else host
    typer.echo(f"dateline serve: http://{shown}:{port}/  (store {db}, read-only; Ctrl-C stops)", err=True)
    uvicorn.run(web, host=host, port=port, log_level="warning")
