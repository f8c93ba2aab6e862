"""A readable terminal view of one record."""

from __future__ import annotations

from rich.console import Console
from rich.panel import Panel
from rich.table import Table

console = Console()


def show_record(rec: dict) -> None:
    if rec.get("status") != "ok":
        e = rec.get("error", {})
        console.print(f"[red]error[/red] {rec['source']['path']}: {e.get('kind')} at {e.get('stage')}: {e.get('message')}")
        return
    meta = Table.grid(padding=(0, 2))
    meta.add_column(style="bold cyan")
    meta.add_column()
    lang = rec["language"]
    rows = [
        ("source", rec["source"]["url"] or rec["source"]["path"]),
        ("language", f"{lang['code']} ({lang['confidence']})" if lang["code"] else "-"),
        ("section", rec.get("section")),
        ("dateline", " / ".join(x for x in (rec["dateline"]["place"], rec["dateline"]["agency"]) if x)),
        ("authors", ", ".join(rec.get("authors") or [])),
        ("published", _dated(rec.get("published"))),
        ("modified", _dated(rec.get("modified"))),
    ]
    for k, v in rows:
        if v:
            meta.add_row(k, str(v))
    console.print(Panel(meta, title=rec.get("title") or "(no title)", title_align="left"))
    for p in rec["paragraphs"]:
        console.print(p, soft_wrap=False)
        console.print()
    for layer, spans in (rec.get("annotations") or {}).items():
        if spans:
            console.print(f"[bold]{layer}[/bold]: " + "; ".join(
                f"{s.get('text')} [{s['label']}]" for s in spans[:30]))
    removed = rec.get("removed") or []
    if removed:
        console.print(f"[dim]removed {len(removed)} blocks:[/dim]")
        for b in removed[:40]:
            console.print(f"[dim]  - {b['text'][:70]!r}  ({b.get('reason')})[/dim]")
    for n in rec.get("notes") or []:
        console.print(f"[yellow]note:[/yellow] {n}")


def _dated(d: dict | None) -> str | None:
    if not d:
        return None
    return f"{d['value']}  [dim]from {d['text']!r} ({d['source']})[/dim]"


def summary_table(records: list[dict]) -> Table:
    """One row per record: what a batch produced, at a glance."""
    table = Table(title="records", show_lines=False, pad_edge=False)
    widths = {"source": 16, "lang": 4, "title": 22, "dateline": 12, "published": 10, "ent/clm/evt": 11, "cut": 3}
    for col, width in widths.items():
        table.add_column(col, no_wrap=True, overflow="ellipsis", min_width=width if col not in ("source", "title", "dateline") else 6, max_width=width)
    for rec in records:
        name = (rec["source"].get("url") or rec["source"]["path"]).rsplit("/", 1)[-1][:28]
        if rec.get("status") != "ok":
            e = rec["error"]
            table.add_row(name, "", f"[red]error: {e['kind']} at {e['stage']}[/red]", *[""] * 4)
            continue
        ann = rec.get("annotations") or {}
        dl = " / ".join(x for x in (rec["dateline"]["place"], rec["dateline"]["agency"]) if x)
        pub = (rec.get("published") or {}).get("value", "")
        table.add_row(name, rec["language"]["code"] or "", rec.get("title") or "",
                      dl, pub[:10], "/".join(str(len(ann.get(k, []))) for k in ("entities", "claims", "events")),
                      str(len(rec.get("removed") or [])))
    return table
