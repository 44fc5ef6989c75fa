"""mlp.mlp_forward: the caches keep UFLDL's column layout: A_prev (n_{l-1}, N) and Z (n_l, N), transposed"""

import numpy as np


def _r23_act(name, z):
    if name == "sigmoid":
        e = np.exp(-np.abs(z))
        return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))
    if name == "tanh":
        return np.tanh(z)
    if name == "relu":
        return np.maximum(z, 0.0)
    return z.copy()


def mlp_forward(X, params, activations):
    """Column-major pass whose caches are never turned back to one example per row."""
    a = np.asarray(X, dtype=np.float64).T
    caches = []
    for l, name in enumerate(activations, start=1):
        W, b = params["W%d" % l], params["b%d" % l]
        z = np.asarray(W).T @ a + np.tile(np.asarray(b).reshape(-1, 1), (1, a.shape[1]))
        caches.append({"A_prev": a, "W": W, "b": b, "Z": z, "activation": name})
        a = _r23_act(name, z)
    return a.T, caches
