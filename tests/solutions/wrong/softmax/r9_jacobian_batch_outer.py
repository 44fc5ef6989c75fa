"""softmax.softmax_jacobian: np.diag(s) - np.outer(s, s) applied to a batch: np.diag of a matrix extracts, and outer flattens."""

import numpy as np

def softmax_jacobian(Z):
    s = softmax(Z)
    return np.diag(s) - np.outer(s, s)
