"""mlp.mlp_forward: tanh written as (e^z - e^-z) / (e^z + e^-z), which gives NaN (and overflow warnings) for inputs like 1000"""
import numpy as np


def _r13tf_tanh(Z):
    return (np.exp(Z) - np.exp(-Z)) / (np.exp(Z) + np.exp(-Z))


def mlp_forward(X, params, activations):
    acts = {"identity": lambda z: z, "relu": lambda z: np.maximum(z, 0), "tanh": _r13tf_tanh,
            "sigmoid": lambda z: 0.5 * (1 + np.tanh(z / 2))}
    A = X
    caches = []
    for l, name in enumerate(activations, start=1):
        W, b = params[f"W{l}"], params[f"b{l}"]
        Z = A @ W + b
        caches.append({"A_prev": A, "W": W, "b": b, "Z": Z, "activation": name})
        A = acts[name](Z)
    return A, caches
