"""mlp.mlp_forward: the cache's "activation" holds the function, not its name"""

import numpy as np

def mlp_forward(X, params, activations):
    funcs = {"identity": lambda z: z, "sigmoid": lambda z: _activate(z, "sigmoid"), "tanh": np.tanh,
             "relu": lambda z: np.maximum(z, 0.0)}
    A = np.asarray(X, dtype=np.float64)
    caches = []
    for l, name in enumerate(activations, start=1):
        W, b = params[f"W{l}"], params[f"b{l}"]
        Z = A @ W + b
        caches.append({"A_prev": A, "W": W, "b": b, "Z": Z, "activation": funcs[name]})
        A = funcs[name](Z)
    return A, caches
