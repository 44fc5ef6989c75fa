"""The MLP forward pass, written by an APL/J mind: the activations are a table of ufunc expressions indexed by
name, each layer one line Z = A +.x W + b, and the network a left-to-right fold over the layers.
"""

import numpy as np

_G = {
    "identity": lambda Z: Z * 1.0,
    # 1/(1+e^-z) as exp(-log(1+e^-z)): finite for any z
    "sigmoid": lambda Z: np.exp(-np.logaddexp(0.0, -Z)),
    "tanh": np.tanh,
    "relu": lambda Z: np.maximum(Z, 0.0),
}


def mlp_forward(X, params, activations):
    A = np.asarray(X, dtype=np.float64)
    caches = []
    for l, name in enumerate(activations, start=1):
        W, b = params[f"W{l}"], params[f"b{l}"]
        Z = np.dot(A, W) + b
        caches.append({"A_prev": A, "W": W, "b": b, "Z": Z, "activation": name})
        A = _G[name](Z)
    return A, caches
