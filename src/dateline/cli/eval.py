"""``dateline eval``: score the analysers against the hand-annotated gold set."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console

from . import app

PART_CHOICES = ("entities", "quantities", "claims", "links", "events")


@app.command("eval")
def eval_gold(
    gold_dir: Optional[Path] = typer.Argument(None, help="Gold set folder (articles/ + expected/); default tests/gold."),
    part: Optional[list[str]] = typer.Option(None, "--part", "-p", help="Only these parts (repeatable): "
                                             + ", ".join(PART_CHOICES)),
    as_json: bool = typer.Option(False, "--json", help="Print the figures as JSON."),
    lang: Optional[list[str]] = typer.Option(None, "--lang", help="Only gold articles in these languages."),
    ids: Optional[list[str]] = typer.Option(None, "--id", help="Only these gold article ids."),
    show_misses: bool = typer.Option(False, "--misses", help="Also list what was missed or invented, per article."),
    markdown: bool = typer.Option(False, "--markdown", help="Print the tables as Markdown."),
):
    """Run the analysers on the gold articles; print precision / recall / F1 per part."""
    from ..evaluation.gold import PARTS, default_gold_dir, load_gold
    from ..evaluation.report import markdown_summary, print_summary
    from ..evaluation.runner import analyse, misses, score_all, summarise

    parts = tuple(part) if part else PARTS
    bad = [p for p in parts if p not in PART_CHOICES]
    if bad:
        raise typer.BadParameter(f"unknown part(s) {bad}; choose from {PART_CHOICES}", param_hint="--part")
    gold_dir = gold_dir or default_gold_dir()
    items = load_gold(gold_dir, ids=ids or None, languages=lang or None)
    if not items:
        Console(stderr=True).print(f"[red]no gold articles found in {gold_dir}[/red]")
        raise typer.Exit(2)
    results = analyse(items)
    score_all(results)
    summary = summarise(results, parts)
    if show_misses:
        summary["misses"] = misses(results, parts)
    if as_json:
        typer.echo(json.dumps(summary, ensure_ascii=False, indent=1))
        return
    if markdown:
        typer.echo(markdown_summary(summary))
        return
    console = Console()
    print_summary(summary, console)
    if show_misses:
        for gid, ms in summary["misses"].items():
            if ms:
                console.print(f"[bold]{gid}[/bold]")
                for m in ms:
                    console.print(f"  {m}", highlight=False, markup=False)
