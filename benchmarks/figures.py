"""Casualty / arrest figures on real news: P/R/F1, value, range, claimant, and figures taken
from numbers that are not casualties (distances, durations, money, ages, ...).

Gold: evaluation_sets/figures/gold.jsonl (50 real articles; see its README). The gold holds
only offsets, kinds, values and the path of each text under ../shared plus the text's sha1;
the texts are read from ../shared at run time (never copied into the repo). When ../shared is
absent the benchmark says so and exits 0.

    PYTHONPATH=src .venv/bin/python benchmarks/figures.py [--split dev|test|all]
        [--records records.jsonl] [--save-records out.jsonl] [--headlines] [--errors] [--json]

--split: "test" is the fixed held-out half (by document, stratified by language and figure
count; the split is stored in gold.jsonl); tune on "dev", report on "test".
--records: score records made elsewhere (one JSON object a line, each with "doc_id" = the gold
document id and either "record" = the dateline record or the record's own fields);
otherwise dateline is run on each text with dateline.read(text, kind="text").
--headlines: also score figures in headlines (the first line of EventDNA texts, which
dateline reads as the title and does not annotate); by default only body figures count.

Scoring (per document, then summed):
- a predicted figure = one (quantity, kind) pair from attrs.fatalities/injured/arrested.figures
  of any event; its span is the quantity's span in the record body, mapped back to the text;
- it matches a gold figure of the same kind whose span overlaps it (one-to-one, largest
  overlap first). Gold figures marked optional (sub-counts, restatements) count neither as
  misses nor, when matched, as false positives;
- value right: best equal; range right: low and high equal (None = open); claimant right:
  both null, or both set and the predicted speaker span overlaps the gold claimant span (a
  speaker with no offsets is compared by text), or the prediction fits one of the gold's
  accepted alternatives (claimant_alt); disputed right: the predicted figure's claim is
  the target of a ``disputes`` link (or the figure says ``disputed``) exactly when the gold says
  disputed;
- all right = value, range and claimant right (the issue's target: >= .85), given over matched
  figures and over all required gold figures;
- negatives: predicted figures whose span overlaps a gold non-casualty number, by category.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter, defaultdict
from difflib import SequenceMatcher
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
GOLD = REPO / "evaluation_sets" / "figures" / "gold.jsonl"
SHARED = REPO.parent / "shared"
ROLES = ("fatalities", "injured", "arrested")
# the target: no figure from a distance, duration, sum of money or age
TARGET_NEGATIVES = ("distance", "duration", "money", "age")


# ---------------------------------------------------------------- texts and records

def load_text(shared: Path, source: str) -> str | None:
    """The text a gold document was annotated on: a file, or a jsonl line's body (path#id)."""
    if "#" in source:
        path, did = source.split("#", 1)
        p = shared / path
        if not p.exists():
            return None
        with p.open(encoding="utf-8") as f:
            for line in f:
                d = json.loads(line)
                if d.get("id") == did:
                    return d["body"]
        return None
    p = shared / source
    if not p.exists():
        return None
    with p.open(encoding="utf-8", newline="") as f:
        return f.read()


def body_to_text(body: str, text: str) -> list[int | None]:
    """For every offset 0..len(body) of the record body, the offset in the original text (None
    where the body holds text the original lacks). Paragraphs are found in order; a paragraph
    the reader changed is aligned character by character."""
    mapping: list[int | None] = [None] * (len(body) + 1)
    cursor = 0
    pos = 0
    for para in body.split("\n\n"):
        start = pos
        pos += len(para) + 2
        if not para:
            continue
        at = text.find(para, cursor)
        if at >= 0:
            for i in range(len(para) + 1):
                mapping[start + i] = at + i
            cursor = at + len(para)
            continue
        window = text[cursor:cursor + 2 * len(para) + 200]
        sm = SequenceMatcher(None, para, window, autojunk=False)
        last = None
        for a, b, n in sm.get_matching_blocks():
            for i in range(n + (1 if a + n == len(para) else 0)):
                mapping[start + a + i] = cursor + b + i
            if n:
                last = cursor + b + n
        if last is not None:
            cursor = last
    return mapping


def map_span(mapping: list[int | None], s: int, e: int) -> tuple[int, int] | None:
    if s is None or e is None or e > len(mapping) - 1:
        return None
    ms = next((mapping[i] for i in range(s, e) if mapping[i] is not None), None)
    me = next((mapping[i] + 1 for i in range(e - 1, s - 1, -1) if mapping[i] is not None), None)
    if ms is None or me is None or me <= ms:
        return None
    return ms, me


def predicted_figures(record: dict, text: str) -> list[dict]:
    """Every (quantity, kind) figure the record's events carry, with spans in the text."""
    ann = record.get("annotations") or {}
    body = record.get("body") or ""
    mapping = body_to_text(body, text)
    quantities = {q["id"]: q for q in ann.get("quantities", [])}
    claims = {c["id"]: c for c in ann.get("claims", [])}
    disputed_claims = {link.get("target") for c in ann.get("claims", [])
                       for link in (c.get("attrs") or {}).get("links") or [] if link.get("type") == "disputes"}
    seen = set()
    out = []
    for ev in ann.get("events", []):
        for role in ROLES:
            agg = (ev.get("attrs") or {}).get(role) or {}
            for fig in agg.get("figures") or []:
                key = (fig.get("quantity"), role)
                if key in seen:
                    continue
                seen.add(key)
                q = quantities.get(fig.get("quantity"))
                if q is None:
                    continue
                span = map_span(mapping, q["start"], q["end"])
                claim = claims.get(fig.get("claim"))
                speaker = None
                if claim is not None:
                    sp = (claim.get("attrs") or {}).get("speaker") or {}
                    sp = sp.get("resolved") or sp
                    if sp:
                        speaker = {"text": sp.get("text"), "span": map_span(mapping, sp.get("start"), sp.get("end"))
                                   if sp.get("start") is not None else None}
                if speaker is None and fig.get("claimant"):
                    speaker = {"text": fig["claimant"], "span": None}
                out.append({"kind": role, "span": span, "qtext": q.get("text"), "event": ev.get("id"),
                            "low": fig.get("low"), "best": fig.get("value"), "high": fig.get("high"),
                            "claimant": speaker,
                            "disputed": bool(fig.get("disputed")) or (claim is not None and claim["id"] in disputed_claims)})
    return out


def run_dateline(text: str) -> dict:
    import dateline

    return dateline.read(text, kind="text")


# ---------------------------------------------------------------- matching

def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def in_scope(span, doc, headlines: bool) -> bool:
    return headlines or span[0] >= doc["headline_end"]


def claimant_right(gold_fig: dict, pred_c, text: str) -> bool:
    """Right when the predicted claimant fits the gold claimant or one of its listed alternatives
    (``claimant_alt``: readings the guidelines accept too; ``null`` = own voice accepted)."""
    return any(_claimant_fits(g, pred_c, text) for g in [gold_fig["claimant"]] + gold_fig.get("claimant_alt", []))


def _claimant_fits(gold_c, pred_c, text: str) -> bool:
    if gold_c is None or pred_c is None:
        return gold_c is None and pred_c is None
    g = (gold_c["start"], gold_c["end"])
    if pred_c.get("span"):
        return overlap(g, pred_c["span"]) > 0
    gt = text[g[0]:g[1]].lower()
    pt = (pred_c.get("text") or "").lower()
    return bool(pt) and (pt in gt or gt in pt)


def score_doc(doc: dict, text: str, preds: list[dict], headlines: bool, c: Counter, errors: list) -> None:
    gold = [dict(f, span=(f["start"], f["end"])) for f in doc["figures"] if in_scope((f["start"], f["end"]), doc, headlines)]
    preds = [p for p in preds if p["span"] is not None and in_scope(p["span"], doc, headlines)]
    pairs = sorted(((overlap(g["span"], p["span"]), gi, pi) for gi, g in enumerate(gold) for pi, p in enumerate(preds)
                    if g["kind"] == p["kind"] and overlap(g["span"], p["span"]) > 0), reverse=True)
    gm, pm = {}, {}
    for _, gi, pi in pairs:
        if gi not in gm and pi not in pm:
            gm[gi], pm[pi] = pi, gi
    snip = lambda s: text[max(0, s[0] - 30):s[1] + 30].replace("\n", " ")  # noqa: E731
    for gi, g in enumerate(gold):
        if g["optional"]:
            c["gold_optional"] += 1
            continue
        c["gold"] += 1
        c[f"gold_{g['kind']}"] += 1
        if gi not in gm:
            other = [p for p in preds if overlap(g["span"], p["span"]) > 0]
            why = f"found as {other[0]['kind']}" if other else "missed"
            c["miss_wrong_kind" if other else "miss"] += 1
            errors.append((doc["id"], "FN", g["kind"], why, snip(g["span"])))
            continue
        p = preds[gm[gi]]
        c["tp"] += 1
        c[f"tp_{g['kind']}"] += 1
        v = p["best"] == g["best"]
        r = p["low"] == g["low"] and p["high"] == g["high"]
        cl = claimant_right(g, p["claimant"], text)
        d = p["disputed"] == g["disputed"]
        c["value_right"] += v
        c["range_right"] += r
        c["claimant_right"] += cl
        c["disputed_right"] += d
        c["all_right"] += v and r and cl
        if not (v and r and cl):
            gc = text[g["claimant"]["start"]:g["claimant"]["end"]] if g["claimant"] else None
            pc = (p["claimant"] or {}).get("text")
            errors.append((doc["id"], "WRONG", g["kind"],
                           f"gold {g['low']}/{g['best']}/{g['high']} by {gc!r}; "
                           f"pred {p['low']}/{p['best']}/{p['high']} by {pc!r}", snip(g["span"])))
    negs = [(n["start"], n["end"], n["category"]) for n in doc["negatives"]]
    for pi, p in enumerate(preds):
        c["pred"] += 1
        if pi in pm:
            if gold[pm[pi]]["optional"]:
                c["pred_optional"] += 1
            continue
        c[f"fp_{p['kind']}"] += 1
        hit = [n for n in negs if overlap((n[0], n[1]), p["span"]) > 0]
        if hit:
            c["fp_negative"] += 1
            c[f"neg:{hit[0][2]}"] += 1
            why = f"a {hit[0][2]} number"
        elif any(overlap(g["span"], p["span"]) > 0 for g in gold):
            why = "wrong kind"
        else:
            why = "no gold figure here"
        errors.append((doc["id"], "FP", p["kind"], f"{why}: {p['qtext']!r}", snip(p["span"])))


def ratio(a: int, b: int) -> float | None:
    return round(a / b, 3) if b else None


def summary(c: Counter) -> dict:
    scored_pred = c["pred"] - c["pred_optional"]
    p, r = ratio(c["tp"], scored_pred), ratio(c["tp"], c["gold"])
    f1 = round(2 * p * r / (p + r), 3) if p and r else 0.0
    out = {"docs": c["docs"], "gold_figures": c["gold"], "predicted": scored_pred, "matched": c["tp"],
           "precision": p, "recall": r, "f1": f1,
           "value_right": ratio(c["value_right"], c["tp"]), "range_right": ratio(c["range_right"], c["tp"]),
           "claimant_right": ratio(c["claimant_right"], c["tp"]), "disputed_right": ratio(c["disputed_right"], c["tp"]),
           "all_right_of_matched": ratio(c["all_right"], c["tp"]), "all_right_of_gold": ratio(c["all_right"], c["gold"]),
           "false_from_non_casualty_numbers": c["fp_negative"],
           "false_by_category": {k[4:]: v for k, v in sorted(c.items()) if k.startswith("neg:")},
           "false_from_distance_duration_money_age": sum(c[f"neg:{k}"] for k in TARGET_NEGATIVES),
           "per_kind": {k: {"gold": c[f"gold_{k}"], "matched": c[f"tp_{k}"], "false": c[f"fp_{k}"]} for k in ROLES},
           "missed_found_as_other_kind": c["miss_wrong_kind"], "doc_errors": c["doc_error"]}
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--split", choices=("dev", "test", "all"), default="all")
    ap.add_argument("--gold", default=str(GOLD))
    ap.add_argument("--shared", default=str(SHARED))
    ap.add_argument("--records", help="score these records instead of running dateline")
    ap.add_argument("--save-records", help="write the records dateline made (doc_id + record) here")
    ap.add_argument("--headlines", action="store_true", help="also score figures in headlines")
    ap.add_argument("--errors", action="store_true", help="list every miss, false figure and wrong value")
    ap.add_argument("--json", action="store_true", help="print the summary as JSON")
    a = ap.parse_args(argv)

    shared = Path(a.shared)
    if not shared.exists():
        print(f"skipped: {shared} not found (the figure gold's texts live in ../shared; the repo holds offsets only)")
        return 0
    docs = [json.loads(line) for line in open(a.gold, encoding="utf-8") if line.strip()]
    splits = ("dev", "test") if a.split == "all" else (a.split,)
    docs = [d for d in docs if d["split"] in splits]
    given = {}
    if a.records:
        for line in open(a.records, encoding="utf-8"):
            if line.strip():
                obj = json.loads(line)
                given[obj["doc_id"]] = obj.get("record", obj)
    save = open(a.save_records, "w", encoding="utf-8") if a.save_records else None

    counters = {"dev": Counter(), "test": Counter()}
    errors: list = []
    for doc in docs:
        c = counters[doc["split"]]
        text = load_text(shared, doc["source"])
        if text is None:
            print(f"skipped {doc['id']}: {doc['source']} not found under {shared}", file=sys.stderr)
            c["doc_missing"] += 1
            continue
        if hashlib.sha1(text.encode("utf-8")).hexdigest() != doc["sha1"]:
            print(f"skipped {doc['id']}: text changed since annotation (sha1 differs)", file=sys.stderr)
            c["doc_drift"] += 1
            continue
        c["docs"] += 1
        if a.records:
            record = given.get(doc["id"])
            if record is None:
                print(f"{doc['id']}: no record given; scored as predicting nothing", file=sys.stderr)
                record = {}
        else:
            record = run_dateline(text)
        if save:
            save.write(json.dumps({"doc_id": doc["id"], "record": record}, ensure_ascii=False) + "\n")
        if record.get("error"):
            c["doc_error"] += 1
            errors.append((doc["id"], "ERROR", "-", str(record["error"])[:200], ""))
        score_doc(doc, text, predicted_figures(record, text) if record else [], a.headlines, c, errors)
    if save:
        save.close()

    result = {}
    if a.split == "all":
        result["dev"] = summary(counters["dev"])
        result["test (held out)"] = summary(counters["test"])
        result["all"] = summary(counters["dev"] + counters["test"])
    else:
        result[a.split] = summary(counters[a.split])
    if a.json:
        print(json.dumps(result, indent=1))
    else:
        scope = "body and headline" if a.headlines else "body"
        print(f"Casualty / arrest figures ({scope}), gold {a.gold}")
        head = f"{'split':<16}{'docs':>5}{'gold':>6}{'pred':>6}{'P':>7}{'R':>7}{'F1':>7}{'value':>7}{'range':>7}{'claim':>7}{'disp':>7}{'all/m':>7}{'all/g':>7}{'neg':>5}"
        print(head)
        fmt = lambda x: "   -  " if x is None else f"{x:6.3f}"  # noqa: E731
        for name, s in result.items():
            print(f"{name:<16}{s['docs']:>5}{s['gold_figures']:>6}{s['predicted']:>6} {fmt(s['precision'])} {fmt(s['recall'])} "
                  f"{fmt(s['f1'])} {fmt(s['value_right'])} {fmt(s['range_right'])} {fmt(s['claimant_right'])} "
                  f"{fmt(s['disputed_right'])} {fmt(s['all_right_of_matched'])} {fmt(s['all_right_of_gold'])}"
                  f"{s['false_from_non_casualty_numbers']:>5}")
        last = list(result.values())[-1]
        print("value/range/claim/disp = share of matched figures right; all/m, all/g = value, range and claimant "
              "all right, of matched and of gold figures; neg = predicted figures that are non-casualty numbers")
        print("false figures from non-casualty numbers by category:", last["false_by_category"] or "none",
              f"(distance + duration + money + age: {last['false_from_distance_duration_money_age']}, target 0)")
        print("per kind (gold / matched / false):",
              ", ".join(f"{k} {v['gold']}/{v['matched']}/{v['false']}" for k, v in last["per_kind"].items()))
    if a.errors:
        for e in errors:
            print(" | ".join(str(x) for x in e))
    return 0


if __name__ == "__main__":
    sys.exit(main())
