"""Rich tables for ``dateline eval``."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

# The metrics shown per part, in order; every metric is in the JSON output.
SHOWN = {
    "entities": ["exact", "overlap", "text_any_label", "kind", "country", "precision", "generic_unscored"],
    "quantities": ["overlap", "exact_span", "bounds", "range"],
    "claims": ["content_exact", "content_overlap", "speaker_exact", "speaker_overlap", "cue_exact",
               "cue_overlap", "channel", "outlet", "hedged"],
    "links": ["links"],
    "events": ["typed", "trigger", "place", "place_unknown", "fatalities", "injured", "arrested"],
}


def _f(x) -> str:
    return "-" if x is None else f"{x:.2f}"


def part_table(part: str, entry: dict) -> Table:
    """One row per metric and language group ("all" first); accuracy rows fill the acc column."""
    groups = [g for g in entry if g not in ("status", "note")]
    title = part + ("  [red](analyser missing)[/red]" if entry["status"] != "ok" else "")
    t = Table(title=title, title_justify="left")
    for col, just in (("metric", "left"), ("lang", "left"), ("P", "right"), ("R", "right"),
                      ("F1", "right"), ("acc", "right"), ("n", "right")):
        t.add_column(col, justify=just)
    for metric in SHOWN.get(part, []):
        for g in groups:
            m = entry[g].get(metric)
            if m is None:
                continue
            name = metric if g == "all" else ""
            if "count" in m:
                t.add_row(name, g, "", "", "", "", str(m["count"]))
            elif "accuracy" in m:
                t.add_row(name, g, "", "", "", _f(m["accuracy"]), f"{m['correct']}/{m['total']}")
            else:
                t.add_row(name, g, _f(m["precision"]), _f(m["recall"]), _f(m["f1"]), "",
                          f"{m['tp']}/{m['pred']}/{m['gold']}")
    return t


def print_summary(summary: dict, console: Console | None = None) -> None:
    console = console or Console()
    langs = ", ".join(f"{k} {v}" for k, v in summary["languages"].items())
    console.print(f"[bold]{summary['articles']} gold articles[/bold] ({langs}); "
                  "n = tp/pred/gold for P/R/F1 rows, correct/total for accuracy rows")
    for part, entry in summary["parts"].items():
        console.print(part_table(part, entry))
        if entry.get("note"):
            console.print(f"[yellow]{part}: {entry['note']}[/yellow]")
    for gid, err in summary.get("errors", {}).items():
        console.print(f"[red]error[/red] {gid}: {err}")


def markdown_summary(summary: dict) -> str:
    """The same tables as Markdown, for docs/evaluation.md."""
    langs = ", ".join(f"{k} {v}" for k, v in summary["languages"].items())
    lines = [f"{summary['articles']} gold articles ({langs}). n = tp/pred/gold, or correct/total for accuracy.", ""]
    for part, entry in summary["parts"].items():
        lines.append(f"**{part}**" + (" (analyser missing)" if entry["status"] != "ok" else ""))
        lines += ["", "| metric | lang | P | R | F1 | acc | n |", "|---|---|---:|---:|---:|---:|---:|"]
        for metric in SHOWN.get(part, []):
            for g in (g for g in entry if g not in ("status", "note")):
                m = entry[g].get(metric)
                if m is None:
                    continue
                name = metric if g == "all" else ""
                if "count" in m:
                    lines.append(f"| {name} | {g} | | | | | {m['count']} |")
                elif "accuracy" in m:
                    lines.append(f"| {name} | {g} | | | | {_f(m['accuracy'])} | {m['correct']}/{m['total']} |")
                else:
                    lines.append(f"| {name} | {g} | {_f(m['precision'])} | {_f(m['recall'])} | {_f(m['f1'])} "
                                 f"| | {m['tp']}/{m['pred']}/{m['gold']} |")
        lines.append("")
    return "\n".join(lines)
