"""Parameter counting with einsum over the width pairs (einsum style)."""

import numpy as np


def parameter_breakdown(widths):
    n = np.asarray(widths, dtype=np.int64)
    weights = np.einsum("l,l->l", n[:-1], n[1:])
    rows = []
    for l in range(1, len(n)):
        w, b = int(weights[l - 1]), int(n[l])
        rows.append({"layer": l, "shape": (int(n[l - 1]), int(n[l])), "weights": w, "biases": b, "total": w + b})
    return rows


def count_parameters(widths):
    n = np.asarray(widths, dtype=np.int64)
    if n.size < 2:
        return 0
    return int(np.einsum("l,l->", n[:-1] + 1, n[1:]))
