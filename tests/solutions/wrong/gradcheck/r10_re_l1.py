"""gradcheck.relative_error: L1 norms (sums of absolute values) instead of Euclidean norms"""

import numpy as np


def relative_error(a, b, floor=1e-8):
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    return float(np.abs(a - b).sum() / max(np.abs(a).sum() + np.abs(b).sum(), floor))
