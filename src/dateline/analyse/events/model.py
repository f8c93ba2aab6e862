"""A small learned trigger/type classifier (multinomial logistic regression over token features).

Trained by ``training/eventdna_model.py`` on the train part of our EventDNA-nl document split;
weights in ``models/events-<lang>/model.npz`` (see its MODEL_CARD.md). Pure numpy at run time.

Features of a word token (the training script builds exactly these strings):
  its word form, lemma, suffixes of 3-6 letters, "compound ends in a lexicon trigger" type,
  lemmas of the two tokens either side, capitalised-not-sentence-first, sentence-first, and
  (if the model was trained with them) the lexicon trigger type covering the token.
Every feature depends on ONE token (the word itself or one neighbour) or is a flag, so the
score of a token is a sum of per-word vectors that are cached across calls: scoring a
600-word article costs a few dictionary look-ups per token and one softmax.

Decoding: in each sentence and for each event type, the token with the highest probability of
that type is a trigger when that probability reaches the model's threshold (tuned on a
held-out slice of the TRAIN part, never on the benchmark's test part).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import numpy as np

from ...models import locate
from .lexicon import EventLexicon, trigger_at
from ..quantities.parse import Token

CONTEXT = (("p2", -2), ("p1", -1), ("n1", 1), ("n2", 2))


def context_key(tokens: list[Token], k: int, lang: str) -> str:
    if k < 0 or k >= len(tokens):
        return "<s>"
    t = tokens[k]
    if t.is_word:
        return t.lemma
    return "<num>" if t.is_digit else t.text


def self_features(low: str, lex: EventLexicon, use_lex: bool, lem: str | None = None) -> list[str]:
    """Features of the word itself (cacheable per word form); ``lem`` is the layer's lemma."""
    lem = lem or low
    out = ["w:" + low, "l:" + lem]
    out += [f"s{n}:" + low[-n:] for n in (3, 4, 5, 6) if len(low) > n]
    if use_lex:
        # A compound whose tail is a trigger word ("bomaanslag" -> aanslag -> ASSAULT).
        for cut in range(1, len(low) - 3):
            trig = lex.words.get(low[cut:])
            if trig is not None and trig.kind == "trigger":
                out.append("lexend:" + trig.type)
                break
    return out


def flag_features(tokens: list[Token], k: int, first: bool, lex_type: str | None) -> list[str]:
    out = ["bias"]
    if first:
        out.append("first")
    elif tokens[k].text[0].isupper():
        out.append("cap")
    if lex_type:
        out.append("lex:" + lex_type)
    return out


def bigram_feature(prev_key: str, key: str) -> str:
    return f"b:{prev_key}|{key}"


def lexicon_types(lex: EventLexicon, tokens: list[Token], hits=None) -> list[str | None]:
    """The trigger type covering each token according to the lexicon (phrases cover all words).
    ``hits``: triggers_of(lex, tokens) when the caller has it already."""
    out: list[str | None] = [None] * len(tokens)
    k = 0
    while k < len(tokens):
        hit = hits[k] if hits is not None else trigger_at(lex, tokens, k)
        if hit is None or hit[1].kind != "trigger":
            k += 1
            continue
        n, trig = hit
        for m in range(k, min(k + n, len(tokens))):
            out[m] = trig.type
        k += n
    return out


class EventModel:
    def __init__(self, labels, features, W: np.ndarray, use_lex: bool, threshold: float, veto: float = 0.0,
                 veto_scope=None, bigrams: bool = False):
        self.labels: list[str] = [str(x) for x in labels]
        self.index = {str(f): i for i, f in enumerate(features)}
        self.W = np.asarray(W, dtype=np.float32)
        self.use_lex = bool(use_lex)
        self.bigrams = bool(bigrams)  # feature "b:<previous key>|<own key>" (see bigram_feature)
        self.threshold = float(threshold)
        self.veto = float(veto)  # hybrid drops a lexicon trigger whose type the model gives less
        self.column = {label: c for c, label in enumerate(self.labels)}
        # The (type, mode) pairs the training data annotates, as "TYPE/mode" or "TYPE/*": the veto
        # never judges a lexicon trigger the data could not have taught the model (EventDNA's
        # RETREAT is only "release"; a resignation or a curfew is outside what it saw).
        self.veto_scope = {str(s) for s in veto_scope} if veto_scope is not None else \
            {f"{label}/*" for label in self.labels if label != "O"}
        self.zero = np.zeros(len(self.labels), dtype=np.float32)
        self._self: dict[str, np.ndarray] = {}
        self._ctx: dict[str, tuple[int, ...]] = {}
        self._tokens: dict[str, tuple] = {}
        self.W0 = np.vstack([self.W, np.zeros((1, len(self.labels)), dtype=np.float32)])
        self.row_bias, self.row_first, self.row_cap = self.row("bias"), self.row("first"), self.row("cap")

    def vetoable(self, etype: str, mode: str | None) -> bool:
        return f"{etype}/*" in self.veto_scope or f"{etype}/{mode or '-'}" in self.veto_scope

    @classmethod
    def from_file(cls, path: Path) -> "EventModel":
        d = np.load(path, allow_pickle=False)
        veto = float(d["veto"]) if "veto" in d.files else 0.0
        scope = list(d["veto_scope"]) if "veto_scope" in d.files else None
        bigrams = bool(d["bigrams"]) if "bigrams" in d.files else False
        return cls(d["labels"], d["features"], d["W"], bool(d["use_lex"]), float(d["threshold"]), veto, scope,
                   bigrams)

    def save(self, path: Path) -> None:
        feats = sorted(self.index, key=self.index.get)
        np.savez_compressed(path, labels=np.array(self.labels), features=np.array(feats),
                            W=self.W.astype(np.float16), use_lex=self.use_lex, threshold=self.threshold,
                            veto=self.veto, veto_scope=np.array(sorted(self.veto_scope)), bigrams=self.bigrams)

    def vector(self, feats) -> np.ndarray:
        rows = [self.index[f] for f in feats if f in self.index]
        return self.W[rows].sum(axis=0) if rows else self.zero

    def self_vector(self, low: str, lex: EventLexicon, lem: str | None = None) -> np.ndarray:
        v = self._self.get(low)
        if v is None:
            v = self._self[low] = self.vector(self_features(low, lex, self.use_lex, lem))
        return v

    def _entry(self, t: Token, lex: EventLexicon) -> tuple:
        """(own vector or None, context rows) of a token, cached per lower-cased form: the same
        words recur across articles, so most tokens cost one dictionary look-up."""
        key = t.lemma if t.is_word else ("<num>" if t.is_digit else t.text)
        e = (self.self_vector(t.low, lex, t.lemma) if t.is_word else None, self.ctx_rows(key), key)
        if len(self._tokens) > 200_000:
            self._tokens.clear()
        self._tokens[t.low] = e
        return e

    def row(self, feat: str) -> int:
        """Row of a feature in W0 (W plus a final zero row for unknown features)."""
        return self.index.get(feat, len(self.W))

    def ctx_rows(self, key: str) -> tuple[int, ...]:
        """Rows of the four context features a token with this key gives its neighbours."""
        r = self._ctx.get(key)
        if r is None:
            r = self._ctx[key] = tuple(self.row(f"{tag}:{key}") for tag, _ in CONTEXT)
        return r

    def probabilities(self, tokens: list[Token], sentences: list[tuple[int, int]],
                      lex: EventLexicon, hits=None) -> tuple[list[int], np.ndarray]:
        """(word token indices, their class probabilities). Vectorised: per token one cached
        vector for the word itself, and row indices for context and flag features."""
        n = len(tokens)
        lex_types = lexicon_types(lex, tokens, hits) if self.use_lex else [None] * n
        firsts = {s0 for s0, _ in sentences}
        cache = self._tokens
        entries = []
        for t in tokens:
            e = cache.get(t.low)
            if e is None:
                e = self._entry(t, lex)
            entries.append(e)
        edge = (None, self.ctx_rows("<s>"))
        ctx = [edge, edge] + entries + [edge, edge]  # ctx[k + 2] is token k's
        ctx = [e[1] for e in ctx]
        zero = len(self.W)
        idx, selfs, rows = [], [], []
        for k, t in enumerate(tokens):
            if not t.is_word:
                continue
            idx.append(k)
            selfs.append(entries[k][0])
            flag = self.row_first if k in firsts else (self.row_cap if t.text[0].isupper() else zero)
            lt = lex_types[k]
            bigram = self.row(bigram_feature(entries[k - 1][2] if k else "<s>", entries[k][2])) \
                if self.bigrams else zero
            rows.append((ctx[k][0], ctx[k + 1][1], ctx[k + 3][2], ctx[k + 4][3], self.row_bias, flag,
                         self.row(f"lex:{lt}") if lt else zero, bigram))
        if not idx:
            return [], np.zeros((0, len(self.labels)), dtype=np.float32)
        z = np.stack(selfs) + self.W0[np.array(rows)].sum(axis=1)
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        return idx, p

    def triggers(self, tokens: list[Token], sentences: list[tuple[int, int]], lex: EventLexicon,
                 threshold: float | None = None, hits=None) -> tuple[dict[int, tuple[str, float]], dict[int, np.ndarray]]:
        """(token index -> (type, probability), token index -> class probabilities): per sentence
        and type, the best token if it reaches the threshold; a token keeps its most probable type."""
        th = self.threshold if threshold is None else threshold
        idx, p = self.probabilities(tokens, sentences, lex, hits)
        out: dict[int, tuple[str, float]] = {}
        probs = dict(zip(idx, p))
        if not idx:
            return out, probs
        pos = np.asarray(idx)
        for s0, s1 in sentences:
            a, b = np.searchsorted(pos, s0), np.searchsorted(pos, s1)
            if a == b:
                continue
            block = p[a:b]
            best = block.argmax(axis=0)
            for c, label in enumerate(self.labels):
                if label == "O":
                    continue
                r = int(best[c])
                prob = float(block[r, c])
                if prob < th:
                    continue
                k = idx[a + r]
                if k not in out or out[k][1] < prob:
                    out[k] = (label, prob)
        return out, probs


@lru_cache(maxsize=None)
def load_model(lang: str) -> EventModel | None:
    path = locate(f"events-{lang}", must_exist=False) / "model.npz"
    return EventModel.from_file(path) if path.exists() else None
