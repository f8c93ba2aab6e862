"""A readable terminal view of one story (``dateline story``)."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.markup import escape


MAX_CLAIMS = 15
MAX_EVENTS = 10


def _fmt_fig(v: Any) -> str:
    return "?" if v is None else (str(int(v)) if float(v).is_integer() else f"{v:g}")


PASSIVE = {"disputes": "disputed by", "confirms": "confirmed by"}


def carriers(sightings: list[dict[str, Any]]) -> str:
    """Distinct carrier chains ("BBC via ANP via Dagblad Oost"), most frequent first, with counts."""
    counts: dict[str, int] = {}
    for x in sightings:
        chain = x.get("carrier") or x.get("outlet") or x.get("publisher") or x.get("site") or "unknown outlet"
        counts[chain] = counts.get(chain, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return "; ".join(f"{chain}{f' (x{n})' if n > 1 else ''}" for chain, n in ranked)


def _claim_ref(text: str | None, speaker: str | None, cid: str) -> str:
    if not text:
        return f"claim {cid}"
    short = text if len(text) <= 80 else text[:77] + "…"
    return f"\"{short}\" ({speaker or '?'})"


def _event_head(e: dict[str, Any]) -> str:
    """ "ASSAULT rebellen -> legerkonvooi at Helmand, 2019-02-26" with what is known."""
    who = ""
    if e.get("actor") or e.get("target"):
        who = f" {e.get('actor') or '?'} -> {e.get('target') or '?'}"
    when = f", {e['time']}" if e.get("time") else ""
    return f"{e['type']}{who} at {e['place'] or '?'}{when}"


def _fmt_range(f: dict[str, Any]) -> str:
    """ " [180-199]" for a figure given as a range or an approximation ("bijna 200")."""
    lo, hi = f.get("low"), f.get("high")
    if lo is None or hi is None or lo == hi:
        return ""
    return f" [{_fmt_fig(lo)}-{_fmt_fig(hi)}]"


def _fig_source(f: dict[str, Any]) -> str:
    """Who gave a figure and where: "regering in Westerpost"."""
    if f.get("claimant") and f.get("site"):
        return f"{f['claimant']} in {f['site']}"
    return f.get("claimant") or f.get("site") or "?"


def show_story(s: dict[str, Any], out: Console) -> None:
    out.rule(f"[bold]{escape(s.get('title') or '(untitled)')}[/bold]")
    out.print(f"story {s['id']}  {s['n_articles']} articles  languages {s['languages']}  "
              f"{s['first_published'] or '?'} .. {s['last_published'] or '?'}")
    out.print("\n[bold]Articles[/bold] (earliest first)")
    for a in s["articles"]:
        mark = f" agency={a['agency']}" if a["agency"] else ""
        outlet = a.get("publisher") or a["site"] or "?"
        out.print(f"  {a['published'] or '?':25} {escape(outlet):22} ({a['language']}) {escape(a['title'] or '')}"
                  f" [dim]{a['id']}{mark}[/dim]")
    for g in s["copies"]:
        out.print(f"\n[bold]Copies of one text[/bold]: earliest {escape(g['earliest_site'] or 'unknown outlet')} {g['published'] or ''}"
                  f" agency={g['agency'] or '?'}")
        for c in g["copies"]:
            ch = c["changes"]
            bits = []
            if ch.get("headline"):
                bits.append(f"headline -> \"{escape(ch['headline']['to'])}\"")
            bits += [f"+{len(ch['added'])} paragraphs"] if ch["added"] else []
            bits += [f"-{len(ch['removed'])} paragraphs"] if ch["removed"] else []
            bits += [f"{len(ch['edited'])} edited"] if ch["edited"] else []
            out.print(f"  {escape(c['site'] or '?')} {c['published'] or ''}: {'; '.join(bits) or 'unchanged'}")
            for e in ch["edited"]:
                out.print(f"    [red]- {escape(e['from'])}[/red]\n    [green]+ {escape(e['to'])}[/green]")
            for p in ch["added"]:
                out.print(f"    [green]+ {escape(p)}[/green]")
    for v in s["versions"]:
        ch = v["attrs"] or {}
        out.print(f"\n[bold]Later version[/bold] {v['b']} of {v['a']}: +{len(ch.get('added', []))} "
                  f"-{len(ch.get('removed', []))} ~{len(ch.get('edited', []))} paragraphs")
    # The terminal view shows what crosses articles first; --json has everything.
    claims = sorted(s["claims"], key=lambda c: (-(c["n_sightings"] > 1 or bool(c["links"] or c["linked_by"])),
                                                -c["n_sightings"]))
    if claims:
        out.print(f"\n[bold]Claims[/bold] ({len(claims)}; most carried first)")
    for c in claims[:MAX_CLAIMS]:
        who = c["speaker"] or "?"
        out.print(f"  \"{escape(c['text'])}\" — {escape(who)}; {c['n_sightings']} sighting{'s' if c['n_sightings'] != 1 else ''}, first {c['first_seen'] or '?'}")
        out.print(f"    carried by: {escape(carriers(c['sightings']))}")
        for ln in c["links"]:  # this claim disputes / confirms another
            out.print(f"    [yellow]{ln['type']}[/yellow] {escape(_claim_ref(ln['target_text'], ln['target_speaker'], ln['target']))}"
                      f"{' (other article)' if ln['cross_article'] else ''}")
        for ln in c["linked_by"]:  # another claim disputes / confirms this one
            out.print(f"    [yellow]{PASSIVE.get(ln['type'], ln['type'] + ' by')}[/yellow] "
                      f"{escape(_claim_ref(ln['source_text'], ln['source_speaker'], ln['source']))}"
                      f"{' (other article)' if ln['cross_article'] else ''}")
    events = sorted(s["events"], key=lambda e: (not any(e["summary"].values()), -e["n_reports"]))
    if events:
        out.print(f"\n[bold]Events[/bold] ({len(events)}; with figures first)")
    for e in events[:MAX_EVENTS]:
        mentions = e.get("n_mentions") or e["n_reports"]
        out.print(f"  {escape(_event_head(e))}: {e['n_reports']} report{'s' if e['n_reports'] != 1 else ''}"
                  f"{f' ({mentions} mentions)' if mentions > e['n_reports'] else ''}, first {e['first_seen'] or '?'}")
        for kind, summ in e["summary"].items():
            if not summ:
                continue
            vals = ", ".join(f"{_fmt_fig(f['value'])}{_fmt_range(f)} ({_fig_source(f)}"
                             f"{', disputed' if f['disputed'] else ''})" for f in e["figures"][kind])
            out.print(escape(f"    {kind}: low {_fmt_fig(summ['low'])} / best {_fmt_fig(summ['best'])} / "
                             f"high {_fmt_fig(summ['high'])} [{summ['rule']}"
                             f"{'; every figure disputed' if summ.get('disputed_only') else ''}]  from {vals}"))
    hidden = max(0, len(claims) - MAX_CLAIMS) + max(0, len(events) - MAX_EVENTS)
    if hidden:
        out.print(f"\n[dim]{hidden} more claims / events: dateline story {s['id']} --json[/dim]")
