"""gradcheck.relative_error: denominator max(||a||, ||b||) instead of the sum of the norms"""

import numpy as np


def relative_error(a, b, floor=1e-8):
    na, nb = np.linalg.norm(np.ravel(a)), np.linalg.norm(np.ravel(b))
    return float(np.linalg.norm(np.ravel(a) - np.ravel(b)) / max(na, nb, floor))
