"""gradcheck.relative_error: returns the absolute error ||a - b||, never divided by max(||a|| + ||b||, floor) (the mutant relative_error#12)"""

import numpy as np

def relative_error(a, b, floor=1e-8):
    return float(np.linalg.norm(np.asarray(a, dtype=float) - np.asarray(b, dtype=float)))
