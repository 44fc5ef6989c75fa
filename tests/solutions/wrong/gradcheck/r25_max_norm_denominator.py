"""gradcheck.relative_error: divides by max(||a||, ||b||, floor) (the larger norm) instead of max(||a|| + ||b||, floor): about twice the error"""
import numpy as np


def relative_error(a, b, floor=1e-8):
    a = np.asarray(a, dtype=np.float64)
    b = np.asarray(b, dtype=np.float64)
    return float(np.linalg.norm(a - b) / max(np.linalg.norm(a), np.linalg.norm(b), floor))
