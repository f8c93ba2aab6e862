"""One story across outlets, and one claim's provenance."""

from __future__ import annotations

import math

from starlette.requests import Request
from starlette.routing import Route

from ...store import story as load_story
from ...store.browse import claim as load_claim
from ...store.view import carriers
from ..render import not_found, respond, strip_json
from ..store_access import store

GRAPH_SIZE = 520


def dispute_graph(claims: list[dict]) -> dict:
    """Claims that dispute or confirm one another, placed on a circle, with directed edges."""
    edges = [(c["id"], ln["target"], ln["type"]) for c in claims for ln in c["links"]]
    rank = {c["id"]: k for k, c in enumerate(claims)}  # the story's order: most carried first
    ids = sorted({x for e in edges for x in e[:2]}, key=lambda i: (rank.get(i, len(claims)), i))
    text = {c["id"]: (c["speaker"] or "?", c["text"]) for c in claims}
    for c in claims:
        for ln in c["links"]:
            text.setdefault(ln["target"], (ln["target_speaker"] or "?", ln["target_text"] or ""))
    r, mid = GRAPH_SIZE * 0.32, GRAPH_SIZE / 2
    pos = {}
    for k, i in enumerate(ids):
        angle = 2 * math.pi * k / max(1, len(ids)) - math.pi / 2
        pos[i] = (round(mid + r * math.cos(angle), 1), round(mid + r * math.sin(angle), 1))
    nodes = [{"id": i, "x": pos[i][0], "y": pos[i][1], "speaker": text.get(i, ("?", ""))[0],
              "text": _short(text.get(i, ("?", ""))[1])} for i in ids]
    lines = []
    for a, b, kind in edges:
        (x1, y1), (x2, y2) = pos[a], pos[b]
        d = math.hypot(x2 - x1, y2 - y1) or 1
        shrink = 14 / d  # stop the arrow at the node's edge
        lines.append({"source": a, "target": b, "type": kind, "x1": x1, "y1": y1,
                      "x2": round(x2 - (x2 - x1) * shrink, 1), "y2": round(y2 - (y2 - y1) * shrink, 1)})
    return {"nodes": nodes, "edges": lines, "size": GRAPH_SIZE}


def _short(text: str, n: int = 48) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def story(request: Request):
    ident = strip_json(request.path_params["ident"])
    s = load_story(store(request).con(), ident)
    if s is None:
        return not_found(request, "story", ident)
    for c in s["claims"]:
        c["carriers"] = carriers(c["sightings"])
    return respond(request, "story.html", s, extra={"graph": dispute_graph(s["claims"])})


def claim(request: Request):
    ident = strip_json(request.path_params["ident"])
    c = load_claim(store(request).con(), ident)
    if c is None:
        return not_found(request, "claim", ident)
    c["carriers"] = carriers(c["sightings"])
    return respond(request, "claim.html", c)


routes = [Route("/story/{ident}", story), Route("/claim/{ident}", claim)]
