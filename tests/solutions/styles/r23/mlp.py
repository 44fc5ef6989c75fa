"""The MLP forward pass of UFLDL's feedforward code, one example per column inside.

a1 = data; z2 = W1 * a1 + repmat(b1, 1, m); a2 = f(z2); ... The stub's W_l is
(n_{l-1}, n_l), so W1 here is its transpose; caches are handed back batch-first.
"""

import numpy as np


def _sigmoid(z):
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


_F = {
    "identity": lambda z: z.copy(),
    "sigmoid": _sigmoid,
    "tanh": np.tanh,
    "relu": lambda z: np.maximum(z, 0.0),
}


def mlp_forward(X, params, activations):
    """Column-major forward pass; caches hold the batch-first arrays."""
    a = np.asarray(X, dtype=np.float64).T      # (n0, m)
    m = a.shape[1]
    caches = []
    for l, name in enumerate(activations, start=1):
        W, b = params["W%d" % l], params["b%d" % l]
        Wt = np.asarray(W, dtype=np.float64).T
        z = Wt @ a + np.tile(np.asarray(b, dtype=np.float64).reshape(-1, 1), (1, m))
        caches.append({"A_prev": a.T, "W": W, "b": b, "Z": z.T, "activation": name})
        a = _F[name](z)
    return a.T, caches
