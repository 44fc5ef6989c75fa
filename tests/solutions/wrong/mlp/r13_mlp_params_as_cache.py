"""mlp.mlp_forward: also stores each Z_l into the caller's params dict as "Z1", "Z2", ... (mutates its argument)"""
import numpy as np


def mlp_forward(X, params, activations):
    acts = {"identity": lambda z: z, "relu": lambda z: np.maximum(z, 0), "tanh": np.tanh,
            "sigmoid": lambda z: 0.5 * (1 + np.tanh(z / 2))}
    A = X
    caches = []
    for l, name in enumerate(activations, start=1):
        W, b = params[f"W{l}"], params[f"b{l}"]
        Z = A @ W + b
        params[f"Z{l}"] = Z
        caches.append({"A_prev": A, "W": W, "b": b, "Z": Z, "activation": name})
        A = acts[name](Z)
    return A, caches
