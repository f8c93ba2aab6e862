"""Gradient-boosted oblivious trees (logistic loss), trained with numpy histograms.

An oblivious tree asks the same question at every node of a level, so a depth-d tree is d
(feature, threshold) pairs and 2**d leaf values; run time evaluates all trees at once with a
few numpy operations (``dateline.extract.block_model.TreeStage``).  Kept tiny on purpose:
the block features are few and dense, and the shipped model must stay a small JSON.
"""

from __future__ import annotations

import numpy as np


def bin_edges(X: np.ndarray, n_bins: int = 32) -> list[np.ndarray]:
    edges = []
    qs = np.linspace(0, 1, n_bins + 1)[1:-1]
    for j in range(X.shape[1]):
        e = np.unique(np.quantile(X[:, j], qs))
        edges.append(e)
    return edges


def fit(X: np.ndarray, y: np.ndarray, n_trees: int = 100, depth: int = 4, rate: float = 0.2,
        l2: float = 1.0, min_hess: float = 5.0, subsample: float = 0.5, seed: int = 7) -> dict:
    """Each tree chooses its splits on a random ``subsample`` of the rows (stochastic
    boosting: faster, and less prone to learn one site's quirks); leaf values use all rows."""
    n, F = X.shape
    edges = bin_edges(X)
    nb = max(len(e) for e in edges) + 1
    # cols[j][i] = number of edges of feature j below x[i, j]  =>  x > edge[k] iff cols > k;
    # one contiguous array per feature: the histogram loop reads columns, not rows
    cols = [np.searchsorted(edges[j], X[:, j], side="left").astype(np.int64) for j in range(F)]
    usable = [j for j in range(F) if len(edges[j])]
    base = float(np.log((y.mean() + 1e-6) / (1 - y.mean() + 1e-6)))
    raw = np.full(n, base)
    rng = np.random.default_rng(seed)
    trees_f, trees_t, trees_v = [], [], []
    for _ in range(n_trees):
        p = 1 / (1 + np.exp(-raw))
        g_all, h_all = p - y, p * (1 - p)
        pick = rng.random(n) < subsample
        g, h = g_all[pick], h_all[pick]
        sub = {j: cols[j][pick] for j in usable}
        leaf = np.zeros(len(g), dtype=np.int64)
        feats, thrs = [], []
        for level in range(depth):
            n_leaves = 1 << level
            best = (-1e18, 0, 0)
            base_key = leaf * nb
            for j in usable:
                key = base_key + sub[j]
                G = np.bincount(key, g, n_leaves * nb).reshape(n_leaves, nb)
                H = np.bincount(key, h, n_leaves * nb).reshape(n_leaves, nb)
                GL, HL = np.cumsum(G, 1)[:, :-1], np.cumsum(H, 1)[:, :-1]
                GT, HT = G.sum(1, keepdims=True), H.sum(1, keepdims=True)
                GR, HR = GT - GL, HT - HL
                gain = GL**2 / (HL + l2) + GR**2 / (HR + l2)
                ok = (HL >= min_hess) | (HL == 0) | (HR == 0)
                gain = np.where(ok, gain, GT**2 / (HT + l2)).sum(0)[: len(edges[j])]
                k = int(np.argmax(gain))
                if gain[k] > best[0]:
                    best = (gain[k], j, k)
            _, j, k = best
            feats.append(j)
            thrs.append(float(edges[j][k]))
            leaf = leaf * 2 + (sub[j] > k)
        leaf = np.zeros(n, dtype=np.int64)
        for j, t in zip(feats, thrs):
            leaf = leaf * 2 + (X[:, j] > t)
        n_leaves = 1 << depth
        G = np.bincount(leaf, g_all, n_leaves)
        H = np.bincount(leaf, h_all, n_leaves)
        vals = -G / (H + l2) * rate
        raw += vals[leaf]
        trees_f.append(feats)
        trees_t.append(thrs)
        trees_v.append(vals.tolist())
    return {"kind": "oblivious-gbdt", "base": base, "feat": trees_f, "thr": trees_t,
            "leaf": trees_v}
