"""mlp.mlp_forward: "stable" sigmoid via np.where, which still evaluates exp(-z) on every entry and warns on overflow at z = -1000"""
import numpy as np


def _r13ws_sigmoid(Z):
    return np.where(Z >= 0, 1 / (1 + np.exp(-Z)), np.exp(Z) / (1 + np.exp(Z)))


def mlp_forward(X, params, activations):
    acts = {"identity": lambda z: z, "relu": lambda z: np.maximum(z, 0), "tanh": np.tanh, "sigmoid": _r13ws_sigmoid}
    A = X
    caches = []
    for l, name in enumerate(activations, start=1):
        W, b = params["W" + str(l)], params["b" + str(l)]
        Z = A @ W + b
        caches.append({"A_prev": A, "W": W, "b": b, "Z": Z, "activation": name})
        A = acts[name](Z)
    return A, caches
