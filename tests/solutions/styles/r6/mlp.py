"""A correct solution of exercises/mlp.py, style r6: recursive forward, activations as a table of callables."""
import numpy as np


def _sigmoid(z):
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


_ACT = {
    "identity": lambda z: z.astype(np.float64, copy=True),
    "sigmoid": _sigmoid,
    "tanh": np.tanh,
    "relu": lambda z: np.where(z > 0, z, 0.0),
}


def _forward(A, params, activations, layer):
    if layer > len(activations):
        return A, []
    W = np.asarray(params[f"W{layer}"], dtype=np.float64)
    b = np.asarray(params[f"b{layer}"], dtype=np.float64)
    Z = np.einsum("ni,io->no", A, W) + b
    name = activations[layer - 1]
    out, rest = _forward(_ACT[name](Z), params, activations, layer + 1)
    return out, [{"A_prev": A, "W": W, "b": b, "Z": Z, "activation": name}] + rest


def mlp_forward(X, params, activations):
    return _forward(np.asarray(X, dtype=np.float64), params, list(activations), 1)
