"""Write a PolNeAR split in the form ``../shared/eval/polnear/score.py`` reads, for tuning.

    .venv/bin/python benchmarks/polnear_set.py --split train --n 80 --out /tmp/polnear-train80

The shared evaluation set is PolNeAR's dev split; rules and models are tuned on a sample of
the *train* split made by this script (never on dev), so dev figures stay held out. Reads
``../shared/data/attribution/polnear/polnear-train-dev.tar.gz``; writes the texts to ``--out``
(outside the repository: the texts belong to their publishers).
"""

from __future__ import annotations

import argparse
import json
import random
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TAR = ROOT.parent / "shared" / "data" / "attribution" / "polnear" / "polnear-train-dev.tar.gz"


def parse_ann(ann: str, text: str) -> list[dict]:
    spans, events = {}, []
    for line in ann.splitlines():
        if line.startswith("T") and line.count("\t") >= 2:
            tid, info, _ = line.split("\t", 2)
            label, _, offsets = info.partition(" ")
            pairs = [[int(a), int(b)] for a, b in (p.split() for p in offsets.split(";"))]
            spans[tid] = (label, pairs)
        elif line.startswith("E") and "\t" in line:
            eid, args = line.split("\t", 1)
            events.append((eid, dict(a.split(":", 1) for a in args.split() if ":" in a)))
    out = []
    for eid, args in events:
        att = {"id": eid, "kind": "Attribution" if "Source" in args else "Attribution-no-source"}
        for role, key in (("Source", "source"), ("Cue", "cue"), ("Content", "content")):
            if role in args and args[role] in spans:
                pairs = spans[args[role]][1]
                att[key] = {"spans": pairs, "text": " ".join(text[a:b] for a, b in pairs)}
        out.append(att)
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", default="train", choices=("train",))
    ap.add_argument("--n", type=int, default=80)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args()
    with tarfile.open(TAR) as tar:
        members = {m.name: m for m in tar.getmembers() if m.isfile()}
        texts = sorted(n for n in members if f"/{args.split}/text/" in n and n.endswith(".txt"))
        chosen = random.Random(args.seed).sample(texts, min(args.n, len(texts)))
        (args.out / "articles").mkdir(parents=True, exist_ok=True)
        rows = []
        for name in sorted(chosen):
            stem = Path(name).stem
            prefix = name.replace("/text/", "/attributions/")[:-len(".txt")] + "_"
            # one annotator per text (file <stem>_<annotator>.ann): the first by name
            ann_name = min((n for n in members if n.startswith(prefix) and n.endswith(".ann")), default=None)
            text = tar.extractfile(members[name]).read().decode("utf-8")
            ann = tar.extractfile(members[ann_name]).read().decode("utf-8") if ann_name else ""
            (args.out / "articles" / f"{stem}.txt").write_text(text, encoding="utf-8")
            rows.append({"id": stem, "file": f"{stem}.txt", "chars": len(text),
                         "attributions": parse_ann(ann, text)})
    with (args.out / "gold.jsonl").open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    n_att = sum(len(r["attributions"]) for r in rows)
    (args.out / "manifest.json").write_text(json.dumps(
        {"dataset": f"PolNeAR {args.split} sample (seed {args.seed})", "articles": len(rows),
         "attributions": n_att}, indent=1))
    print(f"{len(rows)} articles, {n_att} attributions -> {args.out}")


if __name__ == "__main__":
    main()
