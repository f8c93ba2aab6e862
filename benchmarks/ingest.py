"""Store + linking benchmark: ingest N synthetic articles, report speed, size, search latency.

Records are generated directly (no extraction or analysis), so this measures the store and
the linkers alone: FTS + lemmas, MinHash/LSH copies, incremental story clustering, claims,
events.  The synthetic corpus has stories (an agency original, 0-3 reprints with edits,
0-2 follow-ups days later with other text and the same names), spread over a year, so the
known groups also give pairwise precision / recall at scale.

    .venv/bin/python benchmarks/ingest.py --n 100000          # prints the docs/store.md table
    .venv/bin/python benchmarks/ingest.py --n 10000 --db /tmp/b.db
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import tempfile
import time
from pathlib import Path

from dateline.link.score import pairwise
from dateline.store import StoreWriter, open_store, search

SYLLABLES = ("ka ve ro ma li de st en ber ing aat oor ijk vel gen tra mon del pa ser kon ter "
             "win hal bo ne ur sch ver ge be lan dor vi ta").split()
STOP = "de het een en van in op dat die is met voor zijn er aan niet ook bij".split()
# (actor, target) pairs of the synthetic events.
ACTORS = [("rebellen", "legerkonvooi"), ("regering", "strijders"), ("leger", "dorp"), ("politie", "betogers"),
          ("militie", "grenspost"), ("demonstranten", "ministerie"), ("luchtmacht", "stellingen")]


def make_vocab(rng: random.Random, n: int) -> list[str]:
    words = set()
    while len(words) < n:
        words.add("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))))
    return sorted(words)


def place_geo(place: tuple[str, int]) -> dict:
    """A synthetic place's geocode; coordinates come from its id (not the random stream, so
    adding them changed no other part of the corpus) and give the map something to draw."""
    gid = place[1]
    return {"geonames_id": gid, "name": place[0], "lat": (gid * 7919) % 12000 / 100 - 55,
            "lon": (gid * 104729) % 34000 / 100 - 170, "precision": ("city", "province", "country")[gid % 3],
            "country": "XX"}


class Corpus:
    def __init__(self, n: int, seed: int = 1):
        self.rng = random.Random(seed)
        self.vocab = make_vocab(self.rng, 30_000)
        self.names = [f"{w.capitalize()} {v.capitalize()}" for w, v in
                      zip(self.rng.sample(self.vocab, 20_000), self.rng.sample(self.vocab, 20_000))]
        self.places = [(w.capitalize(), 100_000 + i) for i, w in enumerate(self.rng.sample(self.vocab, 3000))]
        self.sites = [f"site{i}.example" for i in range(60)]
        self.n = n

    def _zipf_word(self) -> str:
        r = self.rng.random()
        if r < 0.35:
            return self.rng.choice(STOP)
        return self.vocab[min(int(self.rng.paretovariate(1.1)) - 1, len(self.vocab) - 1)]

    def _sentence(self, topic: list[str], k: int = 16) -> str:
        words = [self.rng.choice(topic) if self.rng.random() < 0.25 else self._zipf_word() for _ in range(k)]
        return " ".join(words).capitalize() + "."

    def _paragraph(self, topic, names) -> str:
        s = [self._sentence(topic) for _ in range(3)]
        s[self.rng.randrange(3)] += f" {self.rng.choice(names)} zei dat {self._sentence(topic, 8).lower()}"
        return " ".join(s)

    def stories(self):
        """Yield (story no, kind, record) until n records; kind = original|reprint|followup."""
        made, s = 0, 0
        n_days = 365
        while made < self.n:
            day = int(s * 0.03) % n_days  # ~ 33 stories a day at 100k articles
            topic = self.rng.sample(self.vocab, 15)
            names = self.rng.sample(self.names, 4)
            place = self.rng.choice(self.places)
            toll = self.rng.randint(2, 80)
            # The story's event: who attacked whom; a third of the stories also report a
            # second event of the same type by other participants (a counter-attack), which
            # must stay apart from the first.
            actors = self.rng.sample(ACTORS, 2)
            second = self.rng.random() < 0.33
            self._story_events = (actors, second, self.rng.randint(1, 40))
            paras = [self._paragraph(topic, names) for _ in range(5)]
            claims = [self._sentence(topic, 9) for _ in range(2)]
            batch = [("original", self._record(s, 0, day, topic, names, place, paras, claims, toll, "ANP"))]
            for r in range(self.rng.choice([0, 1, 1, 2, 3])):
                p2 = list(paras)
                if self.rng.random() < 0.5:
                    p2.append(self._paragraph(topic, names))
                if self.rng.random() < 0.4:
                    p2.pop(self.rng.randrange(len(p2) - 1))
                i = self.rng.randrange(len(p2))
                p2[i] = p2[i].replace(" de ", " het ", 2)
                batch.append(("reprint", self._record(s, r + 1, day, topic, names, place, p2, claims, toll, None)))
            for f in range(self.rng.choice([0, 0, 1, 2])):
                p3 = [self._paragraph(topic, names) for _ in range(4)]
                c3 = [claims[0], self._sentence(topic, 9)]
                batch.append(("followup", self._record(s, 10 + f, day + 1 + f, topic, names, place, p3, c3,
                                                       toll + self.rng.choice([0, 0, 3]), None)))
            for kind, rec in batch:
                if made >= self.n:
                    return
                made += 1
                yield s, kind, rec
            s += 1

    def _record(self, s, k, day, topic, names, place, paras, claims, toll, agency):
        body = "\n\n".join(paras)
        ents = []
        for i, name in enumerate(names + [place[0]]):
            pos = body.find(name)
            geo = place_geo(place) if name == place[0] else None
            ents.append({"start": max(pos, 0), "end": max(pos, 0) + len(name), "label": "LOC" if geo else "PER",
                         "id": f"e{i + 1}", "text": name,
                         "attrs": {"kind": "place" if geo else "person", "norm": name, "geo": geo}})
        cl = []
        for i, c in enumerate(claims):
            cl.append({"start": 0, "end": 0, "label": "CLAIM", "id": f"c{i + 1}", "text": c.rstrip("."),
                       "attrs": {"speaker": {"text": names[i], "entity": f"e{i + 1}"}, "cue": {"text": "zei"},
                                 "hedged": False, "links": []}})
        actors, second, toll2 = self._story_events
        when = {"value": f"{2030 + day // 365}-{1 + (day % 365) // 31:02d}-{1 + (day % 365) % 28:02d}",
                "precision": "day"} if k < 10 else None  # follow-ups do not repeat the date
        ev = [{"start": 0, "end": 0, "label": "ASSAULT", "id": "v1", "text": "aanslag",
               "attrs": {"place": {"text": place[0], "entity": f"e{len(names) + 1}"}, "negated": False,
                         "actor": {"text": actors[0][0]}, "target": {"text": actors[0][1]}, "time": when,
                         "fatalities": {"low": toll, "best": toll, "high": toll,
                                        "figures": [{"value": toll, "claimant": names[0], "claim": "c1"}]}}},
              {"start": 0, "end": 0, "label": "ASSAULT", "id": "v2", "text": "de aanslag",
               "attrs": {"same_as": "v1", "negated": False}}]
        if second:
            ev.append({"start": 0, "end": 0, "label": "ASSAULT", "id": "v3", "text": "gedood",
                       "attrs": {"actor": {"text": actors[1][0]}, "target": {"text": actors[1][1]}, "negated": False,
                                 "fatalities": {"low": toll2, "best": toll2, "high": toll2,
                                                "figures": [{"value": toll2, "claimant": actors[1][0]}]}}})
        if self.rng.random() < 0.3:  # the second claim cites another medium
            cl[1]["attrs"]["outlet"] = {"text": self.rng.choice(("BBC", "The Times", "Reuters"))}
        pub = f"{2030 + day // 365}-{1 + (day % 365) // 31:02d}-{1 + (day % 365) % 28:02d}T{8 + k % 12:02d}:00:00+01:00"
        site = self.rng.choice(self.sites)
        rid = f"{s:07d}{k:02d}{self.rng.randrange(16 ** 7):07x}"
        return {"schema": "1", "id": rid, "status": "ok",
                "source": {"path": f"synthetic/{rid}", "url": f"https://{site}/{rid}", "site": site,
                           "publisher": f"Dagblad {site[4:-8]}", "kind": "html"},
                "language": {"code": "nl", "confidence": 1.0}, "title": self._sentence(topic, 7),
                "dateline": {"place": None, "agency": agency}, "authors": [],
                "published": {"value": pub, "text": pub, "source": "json-ld", "timezone_known": True},
                "modified": None, "lead": paras[0], "paragraphs": paras, "body": body, "removed": [], "blocks": [],
                "annotations": {"entities": ents, "quantities": [], "claims": cl, "events": ev}, "notes": []}


def _groups(truth: dict) -> list[list]:
    out: dict = {}
    for k, v in truth.items():
        out.setdefault(v, []).append(k)
    return list(out.values())


def run_ingest(corpus: Corpus, db: str, batch: int) -> None:
    # simplemma loads a language's dictionary on first use (~2 s each on this machine): a
    # one-off per process, timed apart so the figures below are the steady state.
    from dateline.link.text import LEMMA_LANGS, lemma

    t_load = time.perf_counter()
    for lang in LEMMA_LANGS:
        lemma("huizen", lang)
    t_load = time.perf_counter() - t_load
    w = StoreWriter(db, batch_size=batch)
    w.begin(["synthetic"])
    dup_truth, story_truth, event_truth = {}, {}, {}
    marks, step = [], max(corpus.n // 10, 1)
    t0, c0 = time.perf_counter(), time.process_time()
    for i, (s, kind, rec) in enumerate(corpus.stories(), 1):
        w.add(rec)
        story_truth[rec["id"]] = s
        dup_truth[rec["id"]] = (s, "copy") if kind != "followup" else (s, rec["id"])
        for v in rec["annotations"]["events"]:  # v1 and v2 (same_as) are the first event, v3 the second
            event_truth[(rec["id"], v["id"])] = (s, v["id"] == "v3")
        if i % step == 0:
            w.flush()
            marks.append((i, time.perf_counter() - t0, time.process_time() - c0))
    w.close()
    total, cpu = time.perf_counter() - t0, time.process_time() - c0
    size = sum(os.path.getsize(p) for p in (db, db + "-wal") if os.path.exists(p))
    con = open_store(db)
    pred = {r[0]: (r[1], r[2]) for r in con.execute("SELECT id, dup_group, story_id FROM articles")}
    dup_s = pairwise({k: v[0] for k, v in pred.items()}, _groups(dup_truth))
    story_s = pairwise({k: v[1] for k, v in pred.items()}, _groups(story_truth))
    ev_pred = {(a, sp): e for a, sp, e in con.execute("SELECT article_id, span_id, event_id FROM event_reports")}
    ev_s = pairwise(ev_pred, _groups(event_truth))
    first = marks[0]
    prev = marks[-2] if len(marks) > 1 else (0, 0.0, 0.0)

    def per(col: int) -> tuple[float, float]:
        return (first[col] / first[0] * 1000,
                (marks[-1][col] - prev[col]) / (marks[-1][0] - prev[0]) * 1000)

    (wf, wl), (cf, cl) = per(1), per(2)
    n = corpus.n
    print(f"articles                 {n}   (lemma dictionaries loaded once: {t_load:.1f} s)")
    print(f"ingest                   {total:.1f} s wall, {cpu:.1f} s CPU; {n / total:.0f} articles/s wall, "
          f"{n / cpu:.0f} per CPU-second")
    print(f"per article, first 10%   {wf:.2f} ms wall, {cf:.2f} ms CPU   (articles 1..{first[0]})")
    print(f"per article, last 10%    {wl:.2f} ms wall, {cl:.2f} ms CPU   (articles {prev[0] + 1}..{marks[-1][0]})")
    print(f"growth ratio last/first  {wl / wf:.2f} wall, {cl / cf:.2f} CPU   (1.00 = linear ingest)")
    print(f"DB size                  {size / 1e6:.1f} MB, {size / n / 1024:.1f} KiB per article")
    print(f"copies   pairwise        P {dup_s['precision']:.3f} R {dup_s['recall']:.3f}  ({dup_s['pairs_expected']} true pairs)")
    print(f"stories  pairwise        P {story_s['precision']:.3f} R {story_s['recall']:.3f}  ({story_s['pairs_expected']} true pairs)")
    print(f"events   pairwise        P {ev_s['precision']:.3f} R {ev_s['recall']:.3f}  ({ev_s['pairs_expected']} true pairs"
          f" of mentions; a story's second event by other participants must stay apart)")
    print("cumulative wall: " + ", ".join(f"{m // 1000}k {t:.0f}s" for m, t, _ in marks))


def run_search(corpus: Corpus, db: str, n_queries: int) -> None:
    """Latency of 1-3 content-word queries (frequent and rare words), and of the worst case:
    a lone function word that matches nearly every article."""
    con = open_store(db)
    rng = random.Random(5)
    search(con, "warm up", limit=20)  # loads the lemma dictionaries of every language

    def timed(q: str) -> float:
        t = time.perf_counter()
        search(con, q, limit=20)
        return (time.perf_counter() - t) * 1000

    content = [w for w in corpus.vocab if w not in STOP]
    lat = sorted(timed(" ".join(rng.choice(content[:2000]) if rng.random() < 0.5 else rng.choice(content)
                                for _ in range(rng.randint(1, 3)))) for _ in range(n_queries))
    worst = sorted(timed(w) for w in STOP[:10])
    p99 = lat[int(0.99 * (len(lat) - 1))]
    print(f"search latency           p50 {statistics.median(lat):.1f} ms, p99 {p99:.1f} ms"
          f"  ({len(lat)} queries of 1-3 content words, top 20)")
    print(f"search, function word    p50 {statistics.median(worst):.1f} ms, max {worst[-1]:.1f} ms"
          f"  (a lone 'de'/'het'/... matches nearly every article)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=100_000)
    ap.add_argument("--batch", type=int, default=500)
    ap.add_argument("--db", default=None, help="Store file (default: a temporary one, removed after).")
    ap.add_argument("--queries", type=int, default=300)
    ap.add_argument("--search-only", action="store_true",
                    help="Skip ingest; measure search on an existing --db built with the same --n.")
    args = ap.parse_args()
    tmp = tempfile.TemporaryDirectory() if args.db is None else None
    db = args.db or str(Path(tmp.name) / "bench.db")
    corpus = Corpus(args.n)
    if not args.search_only:
        run_ingest(corpus, db, args.batch)
    run_search(corpus, db, args.queries)


if __name__ == "__main__":
    main()
