"""layers.dense_backward: UFLDL's W1grad = (1/m) * delta2 * a1' and b1grad = (1/m) * sum(delta2, 2): dW and db divided by N again although dZ already holds the 1/N"""

import numpy as np


def dense_backward(dZ, cache):
    """UFLDL puts the 1/m in the parameter gradients; here dZ already carries it."""
    A, W, b = cache
    dZ = np.asarray(dZ, dtype=np.float64)
    m = dZ.shape[0]
    return dZ @ np.asarray(W).T, (np.asarray(A).T @ dZ) / m, np.sum(dZ, axis=0) / m
