"""``dateline ingest | search | story | export``: the news store from the command line."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console

from . import app
from ..pipeline import Options

out = Console()
err = Console(stderr=True)
DB = typer.Option("news.db", "--db", help="The store (one SQLite file).")


@app.command()
def ingest(
    inputs: list[str] = typer.Argument(..., help="Files, directories, WARCs, feeds; @list.txt or a .txt list of paths; URLs and "
                                                 "lists of URLs (fetched as `dateline fetch` does)."),
    db: str = DB,
    lang: Optional[str] = typer.Option(None, "--lang", help="Force the language instead of detecting it."),
    no_analyse: bool = typer.Option(False, "--no-analyse", help="Store articles without entities, claims, events."),
    batch: int = typer.Option(100, "--batch", help="Records per committed batch."),
    pause: float = typer.Option(0.0, "--pause-after-commit", hidden=True, help="Test hook: sleep after each commit."),
    workers: int = typer.Option(1, "--workers", "-w", help="Worker processes, each reading whole input files; "
                                                           "resumable per file."),
    ray: Optional[str] = typer.Option(None, "--ray", help="Run the workers on Ray: 'local' starts a cluster, "
                                                         "or give an address."),
    fast: bool = typer.Option(False, "--fast", help="Fast HTML path: resiliparse first, trafilatura where unsure."),
    host: Optional[list[str]] = typer.Option(None, "--host", help="Only pages of this site and its subdomains "
                                                                  "(repeatable); decided before parsing."),
    since: Optional[str] = typer.Option(None, "--since", help="Only pages fetched on or after this date "
                                                              "(YYYY-MM-DD, from WARC-Date)."),
    until: Optional[str] = typer.Option(None, "--until", help="Only pages fetched on or before this date."),
):
    """Read, analyse and store pages; re-running adds only what is new."""
    from ..store.ingest import ingest as run_ingest

    options = Options(language=lang, analyse=not no_analyse, html_extractor="fast" if fast else "dateline")
    from ..fetch.inputs import is_fetch_input

    # URLs and lists of URLs are fetched (politely, into the fetch log) as `dateline fetch` does.
    to_fetch = [i for i in inputs if is_fetch_input(i)]
    counts = {"new": 0, "skipped": 0, "errors": 0}
    if to_fetch:
        from ..fetch import fetch_to_store

        for key, n in fetch_to_store(to_fetch, db, options=options, batch_size=batch).items():
            counts[key] = counts.get(key, 0) + n
    files = [i for i in inputs if i not in to_fetch]
    if files:
        from ..executors.filters import PageFilter, normalise_hosts

        page_filter = PageFilter(normalise_hosts(host), since, until) or None
        if workers > 1 or ray:
            from ..store.ingest import ingest_parallel

            done = ingest_parallel(files, db, options=options, workers=workers, ray_address=ray, batch_size=batch,
                                   page_filter=page_filter)
        else:
            done = run_ingest(files, db, options=options, batch_size=batch, pause_after_commit=pause,
                              page_filter=page_filter)
        for key, n in done.items():
            counts[key] = counts.get(key, 0) + n
    left_out = sum(n for k, n in counts.items() if k.startswith("filtered."))
    err.print(f"[green]{counts['new']} new[/green], {counts['skipped']} already stored, "
              f"[red]{counts['errors']} errors[/red] -> {db}" + (f"; {left_out} left out by filters" if left_out else ""))


@app.command()
def search(
    query: str = typer.Argument(..., help="Words to find (inflected forms match too)."),
    db: str = DB,
    limit: int = typer.Option(20, "--limit", "-n"),
    as_json: bool = typer.Option(False, "--json", help="Print JSON lines."),
):
    """Full-text search over the stored articles."""
    from ..store import open_store
    from ..store import search as run_search

    hits = run_search(open_store(db), query, limit=limit)
    for h in hits:
        if as_json:
            out.print_json(json.dumps(h, ensure_ascii=False))
        else:
            out.print(f"[bold]{h['title'] or '(untitled)'}[/bold]  [dim]{h['site'] or ''} {h['published'] or ''} "
                      f"id={h['id']} story={h['story_id']}[/dim]\n  {h['snippet']}")
    if not hits:
        err.print("no matches")


@app.command()
def story(
    ident: str = typer.Argument(..., help="A story id or the id of one of its articles."),
    db: str = DB,
    as_json: bool = typer.Option(False, "--json", help="Print the story as JSON."),
):
    """One story across outlets: copies and their edits, versions, claims, disputes, figures."""
    from ..store import open_store
    from ..store import story as load_story
    from ..store.view import show_story

    s = load_story(open_store(db), ident)
    if s is None:
        err.print(f"[red]no story or article with id {ident}[/red]")
        raise typer.Exit(1)
    if as_json:
        print(json.dumps(s, ensure_ascii=False, indent=1))
    else:
        show_story(s, out)


@app.command()
def export(
    db: str = DB,
    fmt: str = typer.Option("parquet", "--format", "-f", help="parquet | jsonl | csv"),
    out_dir: Path = typer.Option(..., "--out", "-o", help="Folder for one file per table."),
):
    """Export every table to one file per table (Parquet for DuckDB / pandas, JSONL or CSV)."""
    from ..export import export_store

    files = export_store(db, out_dir, fmt)
    for table, (path, n) in files.items():
        err.print(f"{table}: {n} rows -> {path}")
