"""gradcheck.relative_error: denominator ||a + b|| instead of ||a|| + ||b|| (blows up for opposite gradients)"""

import numpy as np


def relative_error(a, b, floor=1e-8):
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    return float(np.linalg.norm(a - b) / max(np.linalg.norm(a + b), floor))
