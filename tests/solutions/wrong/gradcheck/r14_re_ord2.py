"""gradcheck.relative_error: np.linalg.norm(..., 2) is the spectral norm for matrices (Euclidean only for vectors)"""

import numpy as np


def relative_error(a, b, floor=1e-8):
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    return float(np.linalg.norm(a - b, 2) / max(np.linalg.norm(a, 2) + np.linalg.norm(b, 2), floor))
