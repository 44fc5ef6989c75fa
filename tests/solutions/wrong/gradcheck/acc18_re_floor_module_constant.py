"""gradcheck.relative_error: default floor from a module constant 1e-3 * 1e-3 = 1e-6 instead of 1e-8"""
import numpy as np

TINY = 1e-3 * 1e-3


def relative_error(a, b, floor=TINY):
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    return np.linalg.norm(a - b) / max(np.linalg.norm(a) + np.linalg.norm(b), floor)
