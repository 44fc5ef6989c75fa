"""mlp.mlp_forward: sigmoid as 1 / (1 + exp(-z)): overflows with a RuntimeWarning for large negative pre-activations."""

import numpy as np

def mlp_forward(X, params, activations):
    fns = {"identity": lambda z: z, "sigmoid": lambda z: 1 / (1 + np.exp(-z)),
           "tanh": np.tanh, "relu": lambda z: np.maximum(z, 0.0)}
    A = np.asarray(X, dtype=np.float64)
    caches = []
    for l, name in enumerate(activations, start=1):
        W, b = params["W%d" % l], params["b%d" % l]
        Z = A @ W + b
        caches.append({"A_prev": A, "W": W, "b": b, "Z": Z, "activation": name})
        A = fns[name](Z)
    return A, caches
