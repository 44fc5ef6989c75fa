"""gradcheck.relative_error: no floor, ||a - b|| / (||a|| + ||b||), nan with a RuntimeWarning for two zero gradients"""
import numpy as np


def relative_error(a, b, floor=1e-8):
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    return float(np.linalg.norm(a - b) / (np.linalg.norm(a) + np.linalg.norm(b)))
