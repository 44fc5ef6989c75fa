"""gradcheck.relative_error: MATLAB port, norm(A) is the matrix 2-norm (largest singular value) for a 2-D gradient, not the Euclidean norm over all entries"""
import numpy as np


def _mnorm(v):
    v = np.asarray(v, dtype=np.float64)
    return float(np.linalg.norm(v, 2)) if v.ndim == 2 else float(np.linalg.norm(v.ravel()))


def relative_error(a, b, floor=1e-8):
    a = np.asarray(a, dtype=np.float64)
    b = np.asarray(b, dtype=np.float64)
    return _mnorm(a - b) / max(_mnorm(a) + _mnorm(b), floor)
