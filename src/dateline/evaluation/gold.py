"""The gold set on disk, and the Article each gold text becomes.

Layout (see docs/evaluation.md)::

    <gold>/articles/<id>.txt     first line: title; blank line; paragraphs separated by blank lines
    <gold>/expected/<id>.json    language + hand-written expectations per part

Lines inside one paragraph block are joined with a space, so the body the analysers see
is exactly ``"\\n\\n".join(paragraphs)``; the title is not part of the body and carries no
expectations.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from ..types import Article, stable_id
from .text import find_all

PARTS = ("entities", "quantities", "claims", "links", "events")
LABELS = {"PER", "ORG", "LOC", "MISC"}
KINDS = {"person", "organisation", "media", "platform", "group", "place", "role", "other"}
PRECISIONS = {"country", "region", "province", "city", "place"}
LINK_TYPES = {"disputes", "confirms"}


@dataclass
class GoldItem:
    id: str
    title: str
    paragraphs: list[str]
    expected: dict
    text_path: Path

    @property
    def language(self) -> str:
        return self.expected["language"]

    @property
    def body(self) -> str:
        return "\n\n".join(self.paragraphs)

    def article(self) -> Article:
        """The Article the analysers get: title + paragraphs, language from the gold file."""
        return Article(page_id=stable_id("gold", self.id), source=str(self.text_path), kind="text",
                       language=self.language, language_confidence=1.0, title=self.title,
                       paragraphs=list(self.paragraphs))


def parse_article_text(text: str) -> tuple[str, list[str]]:
    """(title, paragraphs) from a gold article file."""
    blocks, cur = [], []
    for line in text.replace("\r\n", "\n").split("\n"):
        if line.strip():
            cur.append(line.strip())
        elif cur:
            blocks.append(" ".join(cur))
            cur = []
    if cur:
        blocks.append(" ".join(cur))
    if not blocks:
        return "", []
    return blocks[0], blocks[1:]


def default_gold_dir() -> Path:
    """tests/gold of the checkout this package is installed from (editable installs)."""
    here = Path(__file__).resolve()
    for parent in here.parents:
        cand = parent / "tests" / "gold"
        if (cand / "expected").is_dir():
            return cand
    return Path("tests/gold")


def load_gold(gold_dir: Path, ids: list[str] | None = None, languages: list[str] | None = None) -> list[GoldItem]:
    items = []
    for exp in sorted((gold_dir / "expected").glob("*.json")):
        gid = exp.stem
        if ids and gid not in ids:
            continue
        expected = json.loads(exp.read_text(encoding="utf-8"))
        if languages and expected.get("language") not in languages:
            continue
        txt = gold_dir / "articles" / f"{gid}.txt"
        title, paragraphs = parse_article_text(txt.read_text(encoding="utf-8"))
        items.append(GoldItem(gid, title, paragraphs, expected, txt))
    return items


def check_gold(item: GoldItem) -> list[str]:
    """Problems with one gold file: schema slips, and expected texts that do not occur in the body."""
    e, body, probs = item.expected, item.body, []

    def need(cond: bool, msg: str) -> None:
        if not cond:
            probs.append(f"{item.id}: {msg}")

    def occurs(value, what: str) -> None:
        for v in ([value] if isinstance(value, str) else value or []):
            need(isinstance(v, str) and bool(find_all(body, v)), f"{what} {v!r} not found in the body")

    need(e.get("language") in {"nl", "en", "de", "fr"}, "language must be nl/en/de/fr")
    need(bool(item.title) and bool(item.paragraphs), "needs a title and at least one paragraph")
    for part in PARTS:
        need(isinstance(e.get(part), list), f"'{part}' must be a list")
    for ent in e.get("entities", []):
        need(ent.get("label") in LABELS, f"entity label {ent.get('label')!r}")
        need(ent.get("kind") in KINDS, f"entity kind {ent.get('kind')!r}")
        need(ent.get("precision") in PRECISIONS | {None}, f"precision {ent.get('precision')!r}")
        occurs(ent.get("text"), "entity")
    for q in e.get("quantities", []):
        occurs(q.get("text"), "quantity")
        lo, hi = q.get("low"), q.get("high")
        need(all(isinstance(x, (int, float)) or x is None for x in (lo, hi)), f"quantity bounds of {q.get('text')!r}")
        need(lo is None or hi is None or lo <= hi, f"quantity low > high in {q.get('text')!r}")
    ids = [c.get("id") for c in e.get("claims", [])]
    need(len(ids) == len(set(ids)), "claim ids must be unique")
    for c in e.get("claims", []):
        occurs(c.get("content"), "claim content")
        occurs(c.get("cue"), "claim cue")
        for f in ("speaker", "channel", "outlet"):
            need(f in c, f"claim {c.get('id')} lacks '{f}'")
            occurs(c.get(f), f"claim {f}")
        need(isinstance(c.get("hedged"), bool), f"claim {c.get('id')} 'hedged' must be true/false")
    for l in e.get("links", []):
        need(l.get("type") in LINK_TYPES, f"link type {l.get('type')!r}")
        need(l.get("from") in ids and l.get("to") in ids, f"link {l} refers to an unknown claim")
    for v in e.get("events", []):
        types = [v.get("type")] if not isinstance(v.get("type"), list) else v["type"]
        need(bool(types) and all(isinstance(t, str) and t.isupper() for t in types), f"event type {v.get('type')!r}")
        occurs(v.get("trigger"), "event trigger")
        occurs(v.get("place"), "event place")
        for fig in ("fatalities", "injured", "arrested"):
            f = v.get(fig)
            need(f is None or (isinstance(f, dict) and "low" in f and "high" in f), f"event {fig} needs low/high")
    return probs
