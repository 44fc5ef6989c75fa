"""MLP forward (noisy style): prints every layer, errstate for the naive sigmoid."""

import numpy as np

print("mlp.py loaded")


def _sigmoid(z):
    with np.errstate(over="ignore"):
        return 1.0 / (1.0 + np.exp(-z))


ACTIVATIONS = {
    "identity": lambda z: z,
    "sigmoid": _sigmoid,
    "tanh": np.tanh,
    "relu": lambda z: np.maximum(0.0, z),
    "leaky_relu": lambda z: np.where(z > 0, z, 0.01 * z),
}


def mlp_forward(X, params, activations):
    """Forward pass through len(activations) layers, caching A_prev, W, b, Z, activation."""
    A = np.asarray(X, dtype=np.float64)
    caches = []
    for l, name in enumerate(activations, 1):
        W, b = params[f"W{l}"], params[f"b{l}"]
        Z = A @ W + b
        print(f"layer {l}: {name}, Z {Z.shape}, mean {Z.mean() if Z.size else 0:.3g}")
        caches.append({"A_prev": A, "W": W, "b": b, "Z": Z, "activation": name})
        A = ACTIVATIONS[name](Z)
    return A, caches
