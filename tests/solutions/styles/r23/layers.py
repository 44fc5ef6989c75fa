"""The dense layer as UFLDL's sparse autoencoder writes it, ported from MATLAB.

UFLDL: z2 = W1 * data + repmat(b1, 1, m), W1 (hidden, visible), one example per
column; W1grad = delta2 * data', b1grad = sum(delta2, 2). The stub keeps W as
(n_in, n_out) and examples as rows, so we work on W' and A' and transpose back.
"""

import numpy as np


def dense_forward(A, W, b):
    """z = W' * a + repmat(b, 1, m), returned batch-first; cache (A, W, b)."""
    data = np.asarray(A, dtype=np.float64).T          # (n_in, m)
    W1 = np.asarray(W, dtype=np.float64).T            # (n_out, n_in)
    b1 = np.asarray(b, dtype=np.float64).reshape(-1, 1)
    m = data.shape[1]
    z = W1 @ data + np.tile(b1, (1, m))
    return z.T, (A, W, b)


def dense_backward(dZ, cache):
    """delta = dZ'; W1grad = delta * data'; b1grad = sum(delta, 2); dA = (W1' * delta)'."""
    A, W, b = cache
    delta = np.asarray(dZ, dtype=np.float64).T        # (n_out, m)
    data = np.asarray(A, dtype=np.float64).T
    W1 = np.asarray(W, dtype=np.float64).T
    W1grad = delta @ data.T                           # (n_out, n_in)
    b1grad = np.sum(delta, axis=1)
    dA = (W1.T @ delta).T
    return dA, W1grad.T, b1grad
