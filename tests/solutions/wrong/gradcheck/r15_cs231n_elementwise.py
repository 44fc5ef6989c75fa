"""gradcheck.relative_error: CS231n's elementwise form, max_i |a_i - b_i| / max(|a_i| + |b_i|, floor), instead of norms over all entries"""
import numpy as np


def relative_error(a, b, floor=1e-8):
    a = np.asarray(a, dtype=np.float64)
    b = np.asarray(b, dtype=np.float64)
    return float(np.max(np.abs(a - b) / np.maximum(np.abs(a) + np.abs(b), floor)))
