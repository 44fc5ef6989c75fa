"""softmax.softmax: MATLAB's sum(exp(M)) and max(M) work down columns; ported without transposing, each COLUMN of a batch sums to 1 instead of each row"""

import numpy as np


def softmax(Z):
    """p = bsxfun(@rdivide, exp(M), sum(exp(M))) kept on the batch-first array: axis 0 is the batch."""
    Z = np.asarray(Z, dtype=np.float64)
    E = np.exp(Z - np.max(Z, axis=0))
    return E / np.sum(E, axis=0)
