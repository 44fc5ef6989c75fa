"""mlp.mlp_forward: UFLDL's autoencoder applies the sigmoid in every layer: the activations list is ignored (identity, tanh, relu layers get sigmoid)"""

import numpy as np


def _r23_sigm(z):
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def mlp_forward(X, params, activations):
    """a_{l+1} = sigmoid(W_l' a_l + b_l) for every layer, as in sparseAutoencoderCost.m."""
    a = np.asarray(X, dtype=np.float64)
    caches = []
    for l, name in enumerate(activations, start=1):
        W, b = params["W%d" % l], params["b%d" % l]
        z = a @ W + b
        caches.append({"A_prev": a, "W": W, "b": b, "Z": z, "activation": name})
        a = _r23_sigm(z)
    return a, caches
