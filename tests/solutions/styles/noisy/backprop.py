"""MLP backward (noisy style): prints gradient norms; warnings filtered."""

import warnings

import numpy as np

warnings.filterwarnings("ignore", category=RuntimeWarning)
print("backprop.py loaded")


def _sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def _grad(name, Z):
    if name == "sigmoid":
        with np.errstate(over="ignore"):
            s = _sigmoid(Z)
        return s * (1 - s)
    if name == "tanh":
        return 1 - np.tanh(Z) ** 2
    if name == "relu":
        return (Z > 0) * 1.0
    if name == "leaky_relu":
        return np.where(Z > 0, 1.0, 0.01)
    return np.ones_like(Z)


def mlp_backward(dout, caches):
    """The delta recursion from the last layer down."""
    grads = {}
    d = np.asarray(dout, dtype=np.float64)
    for l in range(len(caches), 0, -1):
        c = caches[l - 1]
        delta = d * _grad(c["activation"], c["Z"])
        grads[f"W{l}"] = c["A_prev"].T @ delta
        grads[f"b{l}"] = delta.sum(0)
        print(f"layer {l}: |dW| = {np.linalg.norm(grads[f'W{l}']):.4g}")
        d = delta @ c["W"].T
    return grads
