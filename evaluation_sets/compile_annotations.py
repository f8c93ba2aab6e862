#!/usr/bin/env python3
"""Turn a hand-written annotation working file into offset-only gold (no article text).

usage: compile_annotations.py WORKING.txt OUT.jsonl [--shared /work/shared] [--show]

The working file (kept outside the repository, because it quotes article text) reads:

    @ <article id> <path under shared> [field=<jsonl field> key=<id>] [range=<start>:<end> | from="first words" to="last words"] [lang=de]
    E1 | source | cue | content | channel | outlet | hedged
    L E2 disputes E1 | cue
    # comment

Fields are separated by '|'; an empty field is null; hedged is 1/0 (or empty = 0).
A span is a quoted stretch of the text, found by exact match; it must be unique, or be
disambiguated by context written as 'left <<target>> right' (only target is the span), or by
'#N' at the end (the N-th occurrence, 1-based). Discontinuous spans: pieces joined by ' ++ '.
Every span is checked to map back to the same characters; any failure stops the compile.
"""
import argparse
import hashlib
import json
import os
import re
import shlex
import sys


def load_text(shared, path, field=None, key=None, rng=None):
    full = os.path.join(shared, path)
    if field:
        text = None
        with open(full, encoding="utf-8") as f:
            for line in f:
                d = json.loads(line)
                if d.get("id") == key:
                    text = d[field]
                    break
        if text is None:
            raise SystemExit(f"{key} not found in {path}")
    else:
        with open(full, encoding="utf-8", newline="") as f:
            text = f.read()
    if rng:
        text = text[rng[0]:rng[1]]
    return text


def find_span(text, spec, where):
    spec = spec.strip()
    nth = None
    m = re.search(r"#(\d+)$", spec)
    if m:
        nth = int(m.group(1))
        spec = spec[:m.start()].rstrip()
    if "<<" in spec:
        left, rest = spec.split("<<", 1)
        target, right = rest.split(">>", 1)
        whole = left + target + right
        occ = [i for i in range(len(text)) if text.startswith(whole, i)]
        off = len(left)
    else:
        target, left, right = spec, "", ""
        occ = [i for i in range(len(text)) if text.startswith(spec, i)]
        off = 0
    if not occ and "\u00ad" in text:
        # soft hyphens are invisible when reading: match without them, map back
        keep = [i for i, ch in enumerate(text) if ch != "\u00ad"]
        plain = "".join(text[i] for i in keep)
        keep.append(len(text))
        pat = (left + target + right) if "<<" in spec else target
        occ2 = [i for i in range(len(plain)) if plain.startswith(pat, i)]
        if occ2:
            if nth:
                occ2 = occ2[nth - 1:nth]
            if len(occ2) > 1:
                raise SystemExit(f"{where}: {len(occ2)} occurrences, disambiguate: {spec!r}")
            ps = occ2[0] + off
            s, e = keep[ps], keep[ps + len(target) - 1] + 1
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            return [s, e]
    if not occ:
        raise SystemExit(f"{where}: not found: {spec!r}")
    if nth:
        if nth > len(occ):
            raise SystemExit(f"{where}: only {len(occ)} occurrences: {spec!r}")
        i = occ[nth - 1]
    else:
        if len(occ) > 1:
            raise SystemExit(f"{where}: {len(occ)} occurrences, disambiguate: {spec!r}")
        i = occ[0]
    s, e = i + off, i + off + len(target)
    # trim spaces at the edges
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    assert text[s:e] == target.strip(), (where, text[s:e], target)
    return [s, e]


def role(text, field, where):
    field = field.strip()
    if not field:
        return None
    spans = [find_span(text, piece, where) for piece in field.split(" ++ ")]
    return {"spans": spans}


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("working")
    ap.add_argument("out")
    ap.add_argument("--shared", default="/work/shared")
    ap.add_argument("--show", action="store_true")
    ap.add_argument("--lang", default="nl")
    ap.add_argument("--annotator", default="claims-gold session (dateline), 2026-12-04")
    a = ap.parse_args(argv)
    docs, cur = [], None
    with open(a.working, encoding="utf-8") as f:
        lines = f.read().splitlines()
    for n, line in enumerate(lines, 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        where = f"{a.working}:{n}"
        if line.startswith("@"):
            parts = shlex.split(line[1:])
            did, path = parts[0], parts[1]
            opts = dict(p.split("=", 1) for p in parts[2:])
            rng = [int(x) for x in opts["range"].split(":")] if "range" in opts else None
            if "from" in opts:
                # an excerpt given by its first and last words: from="..." to="..."
                full = load_text(a.shared, path, opts.get("field"), opts.get("key"))
                s0 = full.find(opts["from"])
                e0 = full.find(opts["to"], s0)
                if s0 < 0 or e0 < 0 or full.count(opts["from"]) != 1:
                    raise SystemExit(f"{where}: excerpt bounds not found once: {opts['from']!r} / {opts['to']!r}")
                rng = [s0, e0 + len(opts["to"])]
            text = load_text(a.shared, path, opts.get("field"), opts.get("key"), rng)
            src = {"path": path}
            if "field" in opts:
                src.update({"field": opts["field"], "key": opts["key"]})
            if rng:
                src["range"] = rng
            cur = {"id": did, "file": did + ".txt", "lang": opts.get("lang", a.lang), "text_source": src, "chars": len(text),
                   "sha1": hashlib.sha1(text.encode("utf-8")).hexdigest(), "annotator": a.annotator,
                   "attributions": [], "links": [], "_text": text}
            docs.append(cur)
            continue
        text = cur["_text"]
        if line.startswith("L "):
            head, _, cue = line[2:].partition("|")
            fr, typ, to = head.split()
            assert typ in ("disputes", "confirms"), where
            ids = {x["id"] for x in cur["attributions"]}
            assert fr in ids and to in ids, (where, "unknown attribution id")
            cur["links"].append({"from": fr, "to": to, "type": typ, "cue": role(text, cue, where)})
            continue
        f = [x.strip() for x in line.split("|")]
        f += [""] * (7 - len(f))
        aid = f[0].strip()
        assert re.fullmatch(r"E\d+", aid), (where, aid)
        src, cue, con = role(text, f[1], where), role(text, f[2], where), role(text, f[3], where)
        if cue is None:
            raise SystemExit(f"{where}: a cue is required")
        block = []
        for l in lines[n:]:
            if l.startswith("@"):
                break
            block.append(l)
        if con is None and not any(l.startswith("L ") and aid in l.split("|")[0].split()[1::2]
                                   for l in block):
            raise SystemExit(f"{where}: content may be left empty only for a bare denial or "
                             "confirmation that a stance link needs (X ontkent.)")
        hedged = f[6].strip() in ("1", "y", "h", "true")
        cur["attributions"].append({
            "id": aid, "kind": "Attribution" if src else "Attribution-no-source",
            "source": src, "cue": cue, "content": con,
            "channel": role(text, f[4], where), "outlet": role(text, f[5], where), "hedged": hedged})
    with open(a.out, "w", encoding="utf-8") as out:
        for d in docs:
            text = d.pop("_text")
            if a.show:
                print(f"== {d['id']}")
                for x in d["attributions"]:
                    show = {k: (" ++ ".join(text[s:e] for s, e in x[k]["spans"]) if x[k] else None)
                            for k in ("source", "cue", "content", "channel", "outlet")}
                    print(f"  {x['id']} S[{show['source']}] C[{show['cue']}] T[{(show['content'] or '')[:70]}] "
                          f"ch[{show['channel']}] o[{show['outlet']}] h={int(x['hedged'])}")
                for l in d["links"]:
                    print(f"  L {l['from']} {l['type']} {l['to']}")
            out.write(json.dumps(d, ensure_ascii=False) + "\n")
    na = sum(len(d["attributions"]) for d in docs)
    nl = sum(len(d["links"]) for d in docs)
    print(f"{len(docs)} articles, {na} attributions, {nl} links -> {a.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
