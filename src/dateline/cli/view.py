"""A readable terminal view of one record."""

from __future__ import annotations

from rich.console import Console
from rich.markup import escape
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
            meta.add_row(k, escape(str(v)))
    console.print(Panel(meta, title=escape(rec.get("title") or "(no title)"), title_align="left"))
    for p in rec["paragraphs"]:
        console.print(p, soft_wrap=False, markup=False, highlight=False)
        console.print()
    for layer, spans in (rec.get("annotations") or {}).items():
        if spans:
            show = _LAYER_VIEWS.get(layer, _span_line)
            console.print(f"[bold]{layer}[/bold]")
            for span in spans[:30]:
                console.print("  " + show(span), highlight=False, markup=False)
    removed = rec.get("removed") or []
    if removed:
        console.print(f"[dim]removed {len(removed)} blocks:[/dim]")
        for b in removed[:40]:
            console.print(f"[dim]  - {escape(repr(b['text'][:70]))}  ({b.get('reason')})[/dim]")
    for n in rec.get("notes") or []:
        console.print(f"[yellow]note:[/yellow] {escape(n)}")


def _dated(d: dict | None) -> str | None:
    if not d:
        return None
    return f"{d['value']}  from {d['text']!r} ({d['source']})"


def summary_table(records: list[dict]) -> Table:
    """One row per record: what a batch produced, at a glance."""
    table = Table(title="records", show_lines=False, pad_edge=False)
    widths = {"source": 16, "lang": 4, "title": 22, "dateline": 12, "published": 10, "ent/clm/evt": 11, "cut": 3}
    for col, width in widths.items():
        table.add_column(col, no_wrap=True, overflow="ellipsis", min_width=width if col not in ("source", "title", "dateline") else 6, max_width=width)
    for rec in records:
        name = source_name(rec["source"])
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


def source_name(source: dict) -> str:
    """What to call a record's input in a table: the file's name (``crawl.warc.gz#3``);
    for stdin or a page in memory, the URL's host and last part (never a bare "0" or "11")."""
    path = source.get("path") or ""
    if path and path not in ("-", "<memory>"):
        return path.rsplit("/", 1)[-1]
    url = source.get("url") or ""
    if url:
        from urllib.parse import urlsplit

        parts = urlsplit(url)
        tail = [p for p in parts.path.split("/") if p]
        return parts.netloc + ("/…/" + tail[-1] if len(tail) > 1 else "/" + tail[0] if tail else "")
    return path or "?"


def _span_line(s: dict) -> str:
    return f"{s.get('text')} [{s['label']}]"


def _entity_line(s: dict) -> str:
    a = s.get("attrs") or {}
    extra = [a.get("kind") or s["label"]]
    if a.get("country"):
        extra.append(a["country"])
    geo = a.get("geo") or {}
    if geo.get("precision"):
        extra.append(f"{geo['precision']} {geo.get('geonames_id')} ({geo.get('lat'):.2f}, {geo.get('lon'):.2f})")
    return f"{s.get('text')} [{', '.join(extra)}]"


def _quantity_line(s: dict) -> str:
    a = s.get("attrs") or {}
    low, high = a.get("low"), a.get("high")
    rng = f"{low}" if low == high else f"{low}–{high if high is not None else '…'}"
    noun = f" {a['noun']}" if a.get("noun") else ""
    return f"{s.get('text')}{noun} = {rng}"


def _part(a: dict, key: str) -> str | None:
    part = a.get(key)
    return part.get("text") if isinstance(part, dict) else None


def _claim_line(s: dict) -> str:
    a = s.get("attrs") or {}
    speaker = _part(a, "speaker") or "(no named source)"
    line = f"{s.get('id')}: {speaker} — {_part(a, 'cue')} → \"{s.get('text')}\""
    for key, label in (("channel", "via"), ("outlet", "carried by")):
        if _part(a, key):
            line += f"; {label} {_part(a, key)}"
    if a.get("hedged"):
        line += f"; hedged ({_part(a, 'hedge')})"
    for link in a.get("links") or []:
        line += f"; {link['type']} {link['target']}"
    return line


def _event_line(s: dict) -> str:
    a = s.get("attrs") or {}
    line = f"{s.get('id')}: {s['label']}{'/' + a['mode'] if a.get('mode') else ''} \"{s.get('text')}\""
    if a.get("same_as"):
        return line + f" (same as {a['same_as']})"
    who = " -> ".join(x or "?" for x in (_part(a, "actor"), _part(a, "target")))
    line += f" {who}"
    place = _part(a, "place") or ("unknown" if a.get("place_unknown") else None)
    if place:
        line += f" at {place}"
    for key in ("fatalities", "injured", "arrested"):
        fig = a.get(key)
        if fig:
            by = ", ".join(f"{f['value']} ({f.get('claimant') or '?'})" for f in fig.get("figures", []))
            line += f"; {key} {fig.get('low')}/{fig.get('best')}/{fig.get('high')} from {by}"
    # a reader must see that the page says it did not (or may not) happen
    flags = [name for name in ("negated", "hedged") if a.get(name)] + ([a["modality"]] if a.get("modality") else [])
    if flags:
        line += f" [{', '.join(flags)}]"
    return line


_LAYER_VIEWS = {"entities": _entity_line, "quantities": _quantity_line,
                "claims": _claim_line, "events": _event_line}
