"""Body-block classifier: two stacked stages (boosted trees or logistic regression).

Stage 1 scores each block from its own form and position (``block_features``).  Stage 2
sees stage 1's scores of the neighbours and whether the block lies in the page's best
run of prose (a maximum-sum segment), so a short paragraph inside an article is kept and a
long teaser in a link list is not.  Weights are a small JSON trained by
``training/train_block_model.py``; inference is a few numpy operations per page.

``hand_scores`` is the hand-written rule the model is measured against.
"""

from __future__ import annotations

import json
import math
import re
from functools import lru_cache
from pathlib import Path

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view

from ..models import locate
from .block_features import FEATURES, log1p, page_features

MODEL_DIR = locate("blocks", must_exist=False)
DEFAULT_MODEL = MODEL_DIR / "body_lr.json"
# What the training pages' labelled blocks say about single words (learnt, see lexicon_columns)
LEXICON_FEATURES = ["lex_mean", "lex_min", "lex_max"]
PROB_FEATURES = ["p", "p_mean1", "p_mean3", "p_mean8", "p_left_max3", "p_right_max3",
                 "in_region", "dist_region", "p_rel", "p_left_max10", "p_right_max10",
                 "region_side"]
STAGE2 = FEATURES + PROB_FEATURES  # a model without a lexicon
_LEX_TOKEN = re.compile(r"\w\w+")
_LEX_DIGITS = re.compile(r"\d")


def lexicon_tokens(text: str) -> list[str]:
    """Lower-cased words of two characters or more, digits folded (every year is one word)."""
    return _LEX_TOKEN.findall(_LEX_DIGITS.sub("0", text.lower()))


def lexicon_columns(blocks: list[str], weights: dict[str, float]) -> np.ndarray:
    """LEXICON_FEATURES per block: mean word weight over all its words (unknown words weigh 0),
    and its lowest and highest word weight.  ``weights`` is the page language's table: a word's
    log-odds of standing in body rather than chrome blocks of that language's training pages
    (``train_block_model.build_lexicon``); a word only has one when it was seen on many sites,
    so it is vocabulary of the language's page chrome ("Kommentar", "Datenschutz",
    "newsletter") or prose, never one site's name.  A language without a table gets zeros."""
    out = np.zeros((len(blocks), len(LEXICON_FEATURES)))
    for i, b in enumerate(blocks):
        toks = lexicon_tokens(b)
        vals = [weights[t] for t in toks if t in weights]
        if vals:
            out[i] = (sum(vals) / len(toks), min(vals), max(vals))
    return out


def _sigmoid(x: float) -> float:
    if x < -30:
        return 0.0
    if x > 30:
        return 1.0
    return 1.0 / (1.0 + math.exp(-x))


class LinearStage:
    def __init__(self, spec: dict):
        self.mean = spec["mean"]
        self.scale = spec["scale"]
        self.w = spec["w"]

    def prob(self, row: list[float]) -> float:
        s = 0.0
        for x, m, sc, w in zip(row, self.mean, self.scale, self.w):
            s += (x - m) / sc * w
        return _sigmoid(s)

    def probs(self, rows) -> list[float]:
        return [self.prob(list(r)) for r in rows]


def best_region(probs: list[float], weights: list[float]) -> tuple[int, int]:
    """[start, end) of the maximum-sum run of (p - 0.5) * weight: the page's main prose."""
    best, best_span, cur, start = 0.0, (0, 0), 0.0, 0
    for i, (p, w) in enumerate(zip(probs, weights)):
        if cur <= 0:
            cur, start = 0.0, i
        cur += (p - 0.5) * w
        if cur > best:
            best, best_span = cur, (start, i + 1)
    return best_span


def _window_max(p: np.ndarray, lo: int, hi: int) -> np.ndarray:
    """max(p[i+lo : i+hi]) for every i (0 where the window leaves the page; p >= 0)."""
    n = len(p)
    k = hi - lo
    pad = np.concatenate((np.zeros(max(0, -lo)), p, np.zeros(max(0, hi))))
    start = max(0, -lo) + lo  # index in pad of p[i + lo] for i = 0
    return sliding_window_view(pad[start:start + n + k - 1], k).max(axis=1)


def prob_features(probs, rows) -> np.ndarray:
    """Stage-2 columns from stage-1 scores, for all blocks of a page at once."""
    p = np.asarray(probs, dtype=float)
    rows = np.asarray(rows, dtype=float)
    n = len(p)
    if not n:
        return np.empty((0, len(PROB_FEATURES)))
    weights = 1.0 + rows[:, 1]  # 1 + log(words): long blocks weigh more
    a, b = best_region(p.tolist(), weights.tolist())
    prefix = np.concatenate(([0.0], np.cumsum(p)))
    i = np.arange(n)

    def mean(k: int) -> np.ndarray:
        lo, hi = np.maximum(0, i - k), np.minimum(n, i + k + 1)
        return (prefix[hi] - prefix[lo]) / (hi - lo)

    top = p.max() or 1.0
    inside = (a <= i) & (i < b)
    dist = np.where(inside, 0, np.where(i < a, a - i, i - b + 1))
    side = np.where(inside, 0.0, np.where(i < a, -1.0, 1.0))
    # a list or short line inside an article has body on both sides, further away
    return np.column_stack([p, mean(1), mean(3), mean(8), _window_max(p, -3, 0), _window_max(p, 1, 4),
                            inside.astype(float), log1p(dist), p / top,
                            _window_max(p, -10, 0), _window_max(p, 1, 11), side])


class TreeStage:
    """Boosted oblivious trees: every tree is (features, thresholds) per level + leaf values.

    Level order matches training: leaf index = sum of bit(level) * 2**(depth-1-level)."""

    def __init__(self, spec: dict):
        import numpy as np

        self.np = np
        self.base = spec["base"]
        self.feat = np.array(spec["feat"], dtype=np.int64)
        self.thr = np.array(spec["thr"], dtype=float)
        self.leaf = np.array(spec["leaf"], dtype=float)
        depth = self.feat.shape[1]
        self.powers = 1 << np.arange(depth - 1, -1, -1)

    def probs(self, rows: list[list[float]]) -> list[float]:
        np = self.np
        if not len(rows):
            return []
        X = np.asarray(rows, dtype=float)
        bits = X[:, self.feat] > self.thr  # (blocks, trees, depth)
        idx = bits.astype(np.int64) @ self.powers
        raw = self.base + self.leaf[np.arange(self.leaf.shape[0]), idx].sum(axis=1)
        return (1.0 / (1.0 + np.exp(-raw))).tolist()


def shift_probs(probs: list[float], shift: float) -> list[float]:
    """sigmoid(logit(p) + shift) for every p."""
    p = np.clip(np.asarray(probs, dtype=float), 1e-12, 1 - 1e-12)
    return (1.0 / (1.0 + np.exp(-(np.log(p / (1 - p)) + shift)))).tolist()


def _stage(spec: dict):
    return TreeStage(spec) if spec.get("kind") == "oblivious-gbdt" else LinearStage(spec)


def stage_features(with_lexicon: bool) -> tuple[list[str], list[str]]:
    """Input columns of (stage 1, stage 2)."""
    first = FEATURES + (LEXICON_FEATURES if with_lexicon else [])
    return first, first + PROB_FEATURES



class _Member:
    """One stacked pair of stages with its per-language logit shifts."""

    def __init__(self, spec: dict):
        self.stage1 = _stage(spec["stage1"])
        self.stage2 = _stage(spec["stage2"])
        # a logit shift per page language, chosen on the training sites (train_block_model.py):
        # the segmenter's cut-offs then mean the same precision in every language
        self.offsets = spec.get("offsets") or {}

    def scores(self, rows: np.ndarray, lang: str | None) -> np.ndarray:
        p1 = self.stage1.probs(rows)
        p2 = self.stage2.probs(np.hstack([rows, prob_features(p1, rows)]))
        shift = self.offsets.get(lang or "", self.offsets.get("*", 0.0))
        return np.asarray(shift_probs(p2, shift) if shift else p2)


class BlockModel:
    """The shipped spec: feature names, the word lexicon per language (optional) and one or
    more members (trained with different seeds and site halves) whose scores are averaged."""

    def __init__(self, spec: dict):
        self.lexicon = spec.get("lexicon") or None
        first, second = stage_features(self.lexicon is not None)
        if spec.get("features") != first or spec.get("stage2_features") != second:
            raise ValueError("block model was trained on other features; retrain it")
        self.members = [_Member(m) for m in spec.get("members") or [spec]]
        self.threshold = spec.get("threshold", 0.5)
        self.spec = spec

    def scores(self, rows: list[list[float]], lang: str | None = None,
               blocks: list[str] | None = None) -> list[float]:
        """Body score per block; ``blocks`` (the texts) are needed by a model with a lexicon."""
        if not len(rows):
            return []
        rows = np.asarray(rows, dtype=float)
        if self.lexicon is not None:
            if blocks is None:
                raise ValueError("this block model reads words: pass the blocks")
            rows = np.hstack([rows, lexicon_columns(blocks, self.lexicon.get(lang or "", {}))])
        return (sum(m.scores(rows, lang) for m in self.members) / len(self.members)).tolist()


@lru_cache(maxsize=8)
def load(path: str | None = None) -> BlockModel:
    p = Path(path) if path else DEFAULT_MODEL
    return BlockModel(json.loads(p.read_text(encoding="utf-8")))


def hand_scores(rows: list[list[float]]) -> list[float]:
    """The hand rule: prose-shaped blocks (length, sentence end, function words) in the
    page's main run of prose, extended to short prose blocks next to it."""
    ix = {name: k for k, name in enumerate(FEATURES)}
    base = []
    for r in rows:
        words = math.expm1(r[ix["log_words"]])
        prose = r[ix["ends_prose"]] and (r[ix["stop_share"]] >= 0.15 or r[ix["short_token_share"]] >= 0.3)
        score = 0.9 if (words >= 12 and prose and r[ix["chrome_cover"]] < 0.3 and not r[ix["linky"]]) else 0.1
        if r[ix["repeated"]]:
            score = 0.1
        base.append(score)
    a, b = best_region(base, [1.0 + r[1] for r in rows])
    return [s if a <= i < b else min(s, 0.1) for i, s in enumerate(base)]


def score_page(blocks: list[str], lang: str | None, model: BlockModel | str | None = None
               ) -> tuple[list[float], list[list[float]]]:
    rows = page_features(blocks, lang)
    if model == "hand":
        return hand_scores(rows), rows
    m = model if isinstance(model, BlockModel) else load(model)
    return m.scores(rows, lang, blocks), rows
