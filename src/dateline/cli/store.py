"""``dateline ingest | search | story | export``: the news store from the command line."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console

from . import EXIT_SOME_FAILED, app
from ..pipeline import Options
from .options import LANG, TIME_BUDGET, error_summary

out = Console()
err = Console(stderr=True)
DB = typer.Option("news.db", "--db", help="The store (one SQLite file).")


@app.command()
def ingest(
    inputs: list[str] = typer.Argument(..., help="Files, directories, WARCs, feeds; @list.txt or a .txt list of paths; URLs and "
                                                 "lists of URLs (fetched as `dateline fetch` does)."),
    db: str = DB,
    lang: Optional[str] = LANG,
    no_templates: bool = typer.Option(False, "--no-templates", help="Do not learn site templates across the batch."),
    no_analyse: bool = typer.Option(False, "--no-analyse", help="Store articles without entities, claims, events."),
    batch: int = typer.Option(100, "--batch", help="Records per committed batch."),
    time_budget: float = TIME_BUDGET,
    no_wait: bool = typer.Option(False, "--no-wait", help="If another ingest is writing to the store, stop at once "
                                 "(nothing changed) instead of waiting for it."),
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
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    from ..store.ingest import ingest as run_ingest

    options = Options(language=lang, learn_templates=not no_templates, analyse=not no_analyse,
                      max_seconds=time_budget, html_extractor="fast" if fast else "dateline")
    from ..fetch.inputs import is_fetch_input

    # URLs and lists of URLs are fetched (politely, into the fetch log) as `dateline fetch` does.
    to_fetch = [i for i in inputs if is_fetch_input(i)]
    counts: dict = {"new": 0, "skipped": 0, "errors": 0, "error_kinds": {}}

    def add(done: dict) -> None:
        for key, n in done.items():
            if key == "error_kinds":
                for kind, m in n.items():
                    counts["error_kinds"][kind] = counts["error_kinds"].get(kind, 0) + m
            elif isinstance(n, (int, float)):
                counts[key] = counts.get(key, 0) + n

    if to_fetch:
        from ..fetch import fetch_to_store

        add(fetch_to_store(to_fetch, db, options=options, batch_size=batch))
    files = [i for i in inputs if i not in to_fetch]
    if files:
        from ..executors.filters import PageFilter, normalise_hosts

        page_filter = PageFilter(normalise_hosts(host), since, until) or None
        on_wait = lambda m: err.print(f"[yellow]{m}[/yellow]")  # noqa: E731
        if workers > 1 or ray:
            from ..store.ingest import ingest_parallel

            add(ingest_parallel(files, db, options=options, workers=workers, ray_address=ray, batch_size=batch,
                                page_filter=page_filter, wait=not no_wait, on_wait=on_wait))
        else:
            with Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(), console=err,
                          transient=True) as progress:
                task = progress.add_task("ingesting", total=None)

                def show(c: dict[str, int]) -> None:
                    progress.update(task, description=f"ingesting: {c['read']} read, {c['skipped']} already stored")

                add(run_ingest(files, db, options=options, batch_size=batch, pause_after_commit=pause,
                               progress=show, wait=not no_wait, on_wait=on_wait, page_filter=page_filter))
    left_out = sum(n for k, n in counts.items() if k.startswith("filtered."))
    why = ""
    if counts["errors"] and counts["error_kinds"]:
        why = f" ({error_summary(counts['error_kinds'])}; list them with: dateline errors --db {db})"
    err.print(f"[green]{counts['new']} new[/green], {counts['skipped']} already stored, "
              f"[red]{counts['errors']} errors[/red]{why} -> {db}"
              + (f"; {left_out} left out by filters" if left_out else ""), highlight=False)
    if counts["errors"]:
        raise typer.Exit(EXIT_SOME_FAILED)


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


def _checked_format(fmt: str) -> str:
    if fmt not in ("parquet", "jsonl", "csv"):
        raise typer.BadParameter(f"unknown format {fmt!r}: choose parquet, jsonl or csv")
    return fmt


@app.command()
def export(
    db: str = DB,
    fmt: str = typer.Option("parquet", "--format", "-f", help="parquet | jsonl | csv", callback=_checked_format),
    out_dir: Path = typer.Option(..., "--out", "-o", help="Folder for one file per table."),
):
    """Export every table to one file per table (Parquet for DuckDB / pandas, JSONL or CSV)."""
    from ..export import export_store

    files = export_store(db, out_dir, fmt)
    for table, (path, n) in files.items():
        err.print(f"{table}: {n} rows -> {path}")
