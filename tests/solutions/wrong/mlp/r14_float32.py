"""mlp.mlp_forward: casts X and every layer to float32 "to save memory", so float64 inputs come back float32 and off by ~1e-7"""
import numpy as np


def _r14f32_g(name, Z):
    if name == "relu":
        return np.maximum(Z, 0)
    if name == "sigmoid":
        e = np.exp(-np.abs(Z))
        return np.where(Z >= 0, 1 / (1 + e), e / (1 + e))
    if name == "tanh":
        return np.tanh(Z)
    return Z


def mlp_forward(X, params, activations):
    A, caches = np.asarray(X, dtype=np.float32), []
    for l, name in enumerate(activations, start=1):
        W, b = params[f"W{l}"].astype(np.float32), params[f"b{l}"].astype(np.float32)
        Z = A @ W + b
        caches.append({"A_prev": A, "W": W, "b": b, "Z": Z, "activation": name})
        A = _r14f32_g(name, Z)
    return A, caches
