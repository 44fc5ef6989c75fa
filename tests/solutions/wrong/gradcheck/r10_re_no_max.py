"""gradcheck.relative_error: ||a - b|| / (||a|| + ||b||) without the floor: 0/0 (nan and a RuntimeWarning) for two zero gradients"""

import numpy as np


def relative_error(a, b, floor=1e-8):
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    return float(np.linalg.norm(a - b) / (np.linalg.norm(a) + np.linalg.norm(b)))
