"""layers.dense_backward: dW returned in UFLDL's (hidden, visible) layout delta * a', i.e. (n_out, n_in), the transpose of W's shape"""

import numpy as np


def dense_backward(dZ, cache):
    """W1grad = delta2 * a1' computed on columns and never transposed back."""
    A, W, b = cache
    delta = np.asarray(dZ, dtype=np.float64).T
    data = np.asarray(A, dtype=np.float64).T
    dA = (np.asarray(W, dtype=np.float64) @ delta).T
    return dA, delta @ data.T, np.sum(delta, axis=1)
