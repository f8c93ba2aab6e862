#!/usr/bin/env python3
"""Rebuild an attribution evaluation set, in the form the PolNeAR scorer reads, from the
offset-only annotations kept here and the real texts under the shared data folder.

usage:
  python3 evaluation_sets/materialise.py nl   /tmp/attr-nl   [--shared /work/shared]
  python3 evaluation_sets/materialise.py nl-fresh /tmp/attr-nl-fresh [--shared /work/shared]
  python3 evaluation_sets/materialise.py defr /tmp/attr-defr [--shared /work/shared]
  python3 evaluation_sets/materialise.py en   /tmp/stance-en [--shared /work/shared]
  python3 /work/shared/eval/polnear/score.py /tmp/attr-nl RECORDS.jsonl   (or --baseline)
  python3 benchmarks/stance_links.py --set /tmp/stance-en --lang en

``en`` is the English stance set: PolNeAR dev (articles and gold attributions, copied from
SHARED/eval/polnear/dev) with our stance links (stance-en/links.jsonl: ids of PolNeAR
attributions, link type, cue offsets) added to each article's gold line as ``links``.

Writes OUT/articles/<id>.txt, OUT/gold.jsonl (span texts filled in from the real text, plus
channel, outlet, hedged and links, which the scorer ignores) and OUT/manifest.json.
Standard library only. Stops if a text is missing or its sha1 differs from the one recorded
at annotation time (the offsets would no longer hold).
"""
import argparse
import collections
import hashlib
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SETS = {"nl": "attribution-nl", "nl-fresh": "attribution-nl-fresh", "defr": "attribution-defr"}
LINK_SETS = {"en": ("stance-en", "eval/polnear/dev")}


def load_text(shared, src):
    full = os.path.join(shared, src["path"])
    if not os.path.exists(full):
        raise SystemExit(f"missing text: {full} (give --shared)")
    if src.get("field"):
        text = None
        with open(full, encoding="utf-8") as f:
            for line in f:
                d = json.loads(line)
                if d.get("id") == src["key"]:
                    text = d[src["field"]]
                    break
        if text is None:
            raise SystemExit(f"{src['key']} not in {full}")
    else:
        with open(full, encoding="utf-8", newline="") as f:
            text = f.read()
    if src.get("range"):
        s, e = src["range"]
        text = text[s:e]
    return text


def fill(role, text):
    if not role:
        return None
    out = dict(role)
    out["spans"] = [list(x) for x in role["spans"]]
    out["text"] = " … ".join(text[s:e] for s, e in role["spans"]) if len(role["spans"]) > 1 \
        else text[role["spans"][0][0]:role["spans"][0][1]]
    return out


def with_links(base, links_path, out):
    """Copy a gold set in the PolNeAR layout (``base``/gold.jsonl, ``base``/articles/) to ``out``,
    adding to each article's gold line the stance links of ``links_path`` (``[]`` where none).
    Stops if an annotated text changed, a link names an attribution the gold lacks, or a
    cue's offsets no longer give its recorded text."""
    links = {}
    with open(links_path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                d = json.loads(line)
                links[d["file"]] = d
    os.makedirs(os.path.join(out, "articles"), exist_ok=True)
    n_docs, n_links, attributions = 0, collections.Counter(), 0
    with open(os.path.join(base, "gold.jsonl"), encoding="utf-8") as f, \
            open(os.path.join(out, "gold.jsonl"), "w", encoding="utf-8") as g:
        for line in f:
            if not line.strip():
                continue
            gold = json.loads(line)
            full = os.path.join(base, "articles", gold["file"])
            if not os.path.exists(full):
                raise SystemExit(f"missing text: {full} (give --shared)")
            with open(full, encoding="utf-8", newline="") as t:
                text = t.read()
            with open(os.path.join(out, "articles", gold["file"]), "w", encoding="utf-8", newline="") as t:
                t.write(text)
            ann = links.pop(gold["file"], None)
            gold["links"] = []
            if ann:
                sha = hashlib.sha1(text.encode("utf-8")).hexdigest()
                if sha != ann["sha1"]:
                    raise SystemExit(f"{gold['file']}: text changed since annotation (sha1 {sha} != {ann['sha1']})")
                ids = {x["id"] for x in gold["attributions"]}
                for l in ann["links"]:
                    if l["from"] not in ids or l["to"] not in ids:
                        raise SystemExit(f"{gold['file']}: link {l['from']} -> {l['to']} names an attribution not in the gold")
                    cue = fill(l.get("cue"), text) if l.get("cue") else None
                    if cue and l["cue"].get("text") not in (None, cue["text"]):
                        raise SystemExit(f"{gold['file']}: cue {l['cue']['spans']} reads {cue['text']!r}, "
                                         f"not {l['cue']['text']!r}")
                    gold["links"].append({**l, "cue": cue})
                    n_links[l["type"]] += 1
            attributions += len(gold["attributions"])
            g.write(json.dumps(gold, ensure_ascii=False) + "\n")
            n_docs += 1
    if links:
        raise SystemExit(f"annotated but not in {base}: {', '.join(sorted(links))}")
    return n_docs, attributions, n_links


def write_manifest(out, manifest, n_docs, attributions):
    with open(os.path.join(out, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump(manifest, f, indent=1, ensure_ascii=False)
        f.write("\n")
    print(f"{n_docs} articles, {attributions} attributions, {manifest['links']} links -> {out}", file=sys.stderr)
    return 0


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("set", help="nl, nl-fresh, defr, en, or a path to an annotations.jsonl")
    ap.add_argument("out")
    ap.add_argument("--shared", default=os.environ.get("DATELINE_SHARED", "/work/shared"))
    a = ap.parse_args(argv)
    if a.set in LINK_SETS:
        folder, base = LINK_SETS[a.set]
        n_docs, attributions, n_links = with_links(os.path.join(a.shared, base),
                                                   os.path.join(HERE, folder, "links.jsonl"), a.out)
        manifest = {
            "dataset": f"dateline stance links ({folder}) on {base}",
            "annotations": os.path.relpath(os.path.join(HERE, folder, "links.jsonl"), os.path.dirname(HERE)),
            "shared": os.path.abspath(a.shared),
            "split": "dev",
            "articles": n_docs,
            "attributions": attributions,
            "links": sum(n_links.values()),
            "links_by_type": dict(n_links),
            "note": "article texts belong to their publishers: development use only, never commit them",
        }
        return write_manifest(a.out, manifest, n_docs, attributions)
    ann = a.set if a.set.endswith(".jsonl") else os.path.join(HERE, SETS[a.set], "annotations.jsonl")
    meta_path = os.path.join(os.path.dirname(ann), "set.json")
    meta = json.load(open(meta_path, encoding="utf-8")) if os.path.exists(meta_path) else {}
    os.makedirs(os.path.join(a.out, "articles"), exist_ok=True)
    kinds, n_links, n_docs, langs = collections.Counter(), collections.Counter(), 0, collections.Counter()
    extra = collections.Counter()
    with open(ann, encoding="utf-8") as f, open(os.path.join(a.out, "gold.jsonl"), "w", encoding="utf-8") as g:
        for line in f:
            if not line.strip():
                continue
            d = json.loads(line)
            text = load_text(a.shared, d["text_source"])
            sha = hashlib.sha1(text.encode("utf-8")).hexdigest()
            if sha != d["sha1"] or len(text) != d["chars"]:
                raise SystemExit(f"{d['id']}: text changed since annotation (sha1 {sha} != {d['sha1']})")
            with open(os.path.join(a.out, "articles", d["file"]), "w", encoding="utf-8", newline="") as t:
                t.write(text)
            out = {k: v for k, v in d.items() if k not in ("attributions", "links")}
            out["attributions"] = []
            for x in d["attributions"]:
                y = dict(x)
                for r in ("source", "cue", "content", "channel", "outlet"):
                    y[r] = fill(x.get(r), text)
                    if r in ("channel", "outlet") and y[r]:
                        extra[r] += 1
                extra["hedged"] += bool(x.get("hedged"))
                kinds[x["kind"]] += 1
                out["attributions"].append(y)
            out["links"] = []
            for l in d.get("links", []):
                m = dict(l)
                m["cue"] = fill(l.get("cue"), text)
                n_links[l["type"]] += 1
                out["links"].append(m)
            langs[d.get("lang", meta.get("lang", "?"))] += 1
            g.write(json.dumps(out, ensure_ascii=False) + "\n")
            n_docs += 1
    manifest = {
        "dataset": meta.get("dataset", os.path.basename(os.path.dirname(ann))),
        "annotations": os.path.relpath(ann, os.path.dirname(HERE)),
        "shared": os.path.abspath(a.shared),
        "split": "dev",
        "articles": n_docs,
        "languages": dict(langs),
        "attributions": sum(kinds.values()),
        "attributions_by_kind": dict(kinds),
        "with_source": kinds["Attribution"],
        "with_channel": extra["channel"],
        "with_outlet": extra["outlet"],
        "hedged": extra["hedged"],
        "links": sum(n_links.values()),
        "links_by_type": dict(n_links),
        "note": "article texts belong to their publishers: development use only, never commit them",
    }
    return write_manifest(a.out, manifest, n_docs, manifest["attributions"])


if __name__ == "__main__":
    sys.exit(main())
