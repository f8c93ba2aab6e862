"""Article text as paragraphs of plain segments, each with the annotations covering it.

Annotation spans overlap (an entity inside a claim), so the body is cut at every span edge
and each piece carries the classes of all spans over it and the link of the innermost one.
The result is data, never markup: the template escapes every piece of text.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlencode

LAYERS = ("entities", "quantities", "claims", "events")
_CLASS_SAFE = re.compile(r"[^A-Za-z0-9_-]")


def _css(word: Any) -> str:
    return _CLASS_SAFE.sub("", str(word or ""))[:24]


def _describe(layer: str, span: dict[str, Any], claim_ids: dict[str, str]) -> tuple[str, str, str | None]:
    """(classes, tooltip, link) for one span."""
    attrs = span.get("attrs") or {}
    if layer == "entities":
        norm = attrs.get("norm") or span.get("text") or ""
        tip = f"{span.get('label')} · {attrs.get('kind') or '?'}" + (f" · {attrs['country']}" if attrs.get("country") else "")
        return f"ent ent-{_css(span.get('label'))}", tip, "/search?" + urlencode({"q": norm})
    if layer == "claims":
        speaker = (attrs.get("speaker") or {}).get("text") or "?"
        gid = claim_ids.get(span.get("id") or "")
        return "claim", f"claim · {speaker}", (f"/claim/{gid}" if gid else None)
    if layer == "events":
        return f"event event-{_css(span.get('label'))}", f"event · {span.get('label')}", f"#event-{_css(span.get('id'))}"
    return "quant", f"quantity · {attrs.get('value')}", None


def paragraphs(record: dict[str, Any], claim_ids: dict[str, str]) -> list[list[dict[str, Any]]]:
    body = record.get("body") or ""
    spans = []
    for layer in LAYERS:
        for s in (record.get("annotations") or {}).get(layer) or []:
            start, end = s.get("start"), s.get("end")
            if (s.get("attrs") or {}).get("part") == "title":
                continue  # offsets into the headline, not the body (analyse/title.py)
            if isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(body):
                spans.append((start, end, *_describe(layer, s, claim_ids)))
    out, pos = [], 0
    for para in body.split("\n\n"):
        p_start, p_end = pos, pos + len(para)
        pos = p_end + 2
        inside = [s for s in spans if s[0] < p_end and s[1] > p_start]
        cuts = sorted({p_start, p_end, *(max(p_start, min(p_end, x)) for s in inside for x in s[:2])})
        segs = []
        for a, b in zip(cuts, cuts[1:]):
            cover = [s for s in inside if s[0] <= a and s[1] >= b]
            seg = {"text": body[a:b], "classes": "", "title": "", "href": None}
            if cover:
                innermost = min(cover, key=lambda s: s[1] - s[0])
                seg["classes"] = " ".join(sorted({c for s in cover for c in s[2].split()}))
                seg["title"] = " | ".join(s[3] for s in cover)
                seg["href"] = innermost[4] or next((s[4] for s in cover if s[4]), None)
            segs.append(seg)
        out.append(segs)
    return out
