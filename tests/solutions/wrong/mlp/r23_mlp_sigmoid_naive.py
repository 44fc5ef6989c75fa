"""mlp.mlp_forward: sigmoid written 1 / (1 + exp(-z)) as in UFLDL's sigmoid.m: X of size 1000 overflows exp with a RuntimeWarning"""

import numpy as np


def mlp_forward(X, params, activations):
    """The usual forward pass with the textbook sigmoid."""
    f = {"identity": lambda z: z.copy(), "sigmoid": lambda z: 1.0 / (1.0 + np.exp(-z)),
         "tanh": np.tanh, "relu": lambda z: np.maximum(z, 0.0)}
    a = np.asarray(X, dtype=np.float64)
    caches = []
    for l, name in enumerate(activations, start=1):
        W, b = params["W%d" % l], params["b%d" % l]
        z = a @ W + b
        caches.append({"A_prev": a, "W": W, "b": b, "Z": z, "activation": name})
        a = f[name](z)
    return a, caches
