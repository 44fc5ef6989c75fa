"""gradcheck.relative_error: adds the floor to the denominator instead of taking the max: wrong when both gradients are tiny"""

import numpy as np


def relative_error(a, b, floor=1e-8):
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    return float(np.linalg.norm(a - b) / (np.linalg.norm(a) + np.linalg.norm(b) + floor))
