"""gradcheck.relative_error: the CS231n elementwise max |a - b| / max(|a| + |b|, floor), not the ratio of Euclidean norms."""

import numpy as np


def relative_error(a, b, floor=1e-8):
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    return float(np.max(np.abs(a - b) / np.maximum(np.abs(a) + np.abs(b), floor)))
