"""gradcheck.relative_error: adds the floor to the denominator, ||a - b|| / (||a|| + ||b|| + floor), instead of taking max(||a|| + ||b||, floor)"""
import numpy as np


def relative_error(a, b, floor=1e-8):
    a = np.asarray(a, dtype=np.float64)
    b = np.asarray(b, dtype=np.float64)
    return float(np.linalg.norm(a - b) / (np.linalg.norm(a) + np.linalg.norm(b) + floor))
