"""gradcheck.relative_error: a guard clause uses the floor only when both norms are exactly 0, so two vanishing gradients (1e-12 vs 0) score 1.0 instead of about 1e-4"""
import numpy as np


def relative_error(a, b, floor=1e-8):
    a = np.asarray(a, dtype=np.float64)
    b = np.asarray(b, dtype=np.float64)
    total = float(np.linalg.norm(a) + np.linalg.norm(b))
    if total == 0.0:
        return float(np.linalg.norm(a - b)) / floor
    return float(np.linalg.norm(a - b)) / total
