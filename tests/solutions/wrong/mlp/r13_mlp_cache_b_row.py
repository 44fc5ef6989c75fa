"""mlp.mlp_forward: reshapes each b to a (1, n_l) row for broadcasting and caches that row instead of b_l itself"""
import numpy as np


def mlp_forward(X, params, activations):
    acts = {"identity": lambda z: z, "relu": lambda z: np.maximum(z, 0), "tanh": np.tanh,
            "sigmoid": lambda z: 0.5 * (1 + np.tanh(z / 2))}
    A, caches = X, []
    for l, name in enumerate(activations, start=1):
        W, b = params[f"W{l}"], params[f"b{l}"].reshape(1, -1)
        Z = A @ W + b
        caches.append({"A_prev": A, "W": W, "b": b, "Z": Z, "activation": name})
        A = acts[name](Z)
    return A, caches
