"""``dateline read``: pages in, one JSON record per page out (or a readable view)."""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console

from . import EXIT_SOME_FAILED, app
from ..pipeline import Options
from .options import LANG, TIME_BUDGET, error_summary

err = Console(stderr=True)
SUMMARY_ROWS = 50  # a batch prints a table of its first records; the rest is in the JSONL


@app.command()
def read(
    inputs: list[str] = typer.Argument(..., help="Files, directories, WARC archives, feeds, or - for stdin."),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="Write JSONL records here."),
    url: Optional[str] = typer.Option(None, "--url", help="The page's URL (for stdin or a single page)."),
    lang: Optional[str] = LANG,
    no_templates: bool = typer.Option(False, "--no-templates", help="Do not learn site templates across the batch."),
    no_analyse: bool = typer.Option(False, "--no-analyse", help="Only extract; skip entities, claims, events."),
    fast: bool = typer.Option(False, "--fast", help="Fast HTML path: resiliparse first, trafilatura where unsure."),
    workers: int = typer.Option(1, "--workers", "-w", help="Processes to use (CPUs on Ray)."),
    ray: Optional[str] = typer.Option(None, "--ray", help="Run on Ray: 'local' starts a local cluster, or give an address."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON records even for one page."),
    time_budget: float = TIME_BUDGET,
):
    """Read news pages; write one record per page (JSONL), or show one page readably."""
    from .. import read_many
    from .view import show_record

    options = Options(language=lang, learn_templates=not no_templates, analyse=not no_analyse,
                      max_seconds=time_budget, html_extractor="fast" if fast else "dateline")
    records = read_many(inputs, options=options, url=url, workers=workers, ray_address=ray)
    single = len(inputs) == 1 and (inputs[0] == "-" or _is_file(inputs[0])) and out is None
    if single and not as_json:
        failed = False
        for rec in records:
            show_record(rec)
            failed |= rec.get("status") != "ok"
        if failed:
            raise typer.Exit(EXIT_SOME_FAILED)
        return
    sink = open(out, "w", encoding="utf-8") if out else sys.stdout
    n_ok = n_err = 0
    kinds: Counter = Counter()
    summaries: list[dict] = []
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    with Progress(SpinnerColumn(), TextColumn("{task.description}"), TextColumn("{task.completed} pages"),
                  TimeElapsedColumn(), console=err, disable=out is None, transient=False) as progress:
        task = progress.add_task("reading", total=None)
        for rec in records:
            sink.write(json.dumps(rec, ensure_ascii=False) + "\n")
            if rec.get("status") == "ok":
                n_ok += 1
            else:
                n_err += 1
                kinds[rec["error"]["kind"]] += 1
            if out and len(summaries) < SUMMARY_ROWS:
                summaries.append(rec)
            progress.advance(task)
    if out:
        sink.close()
        from .view import summary_table

        err.print(summary_table(summaries))
        why = f" ({error_summary(kinds)})" if n_err else ""
        err.print(f"[green]{n_ok} records[/green], [red]{n_err} errors[/red]{why} -> {out}")
    elif n_err:
        err.print(f"{n_ok} records, {n_err} errors ({error_summary(kinds)})")
    if n_err:
        raise typer.Exit(EXIT_SOME_FAILED)


def _is_file(name: str) -> bool:
    try:
        return Path(name).is_file()
    except (OSError, ValueError):  # a name too long for the file system is no file
        return False
