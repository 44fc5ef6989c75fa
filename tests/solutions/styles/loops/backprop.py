"""MLP backward: a loop from the last layer down, derivatives chosen by if/elif (loops style)."""

import numpy as np


def _derivative(name, Z):
    if name in ("identity", "linear"):
        return np.ones_like(Z)
    if name == "sigmoid":
        out = np.empty_like(Z)
        pos = Z >= 0
        out[pos] = 1.0 / (1.0 + np.exp(-Z[pos]))
        ez = np.exp(Z[~pos])
        out[~pos] = ez / (1.0 + ez)
        return out * (1.0 - out)
    if name == "tanh":
        return 1.0 - np.tanh(Z) ** 2
    if name == "relu":
        return (Z > 0).astype(np.float64)
    if name == "leaky_relu":
        return np.where(Z > 0, 1.0, 0.01)
    raise ValueError(f"unknown activation {name!r}")


def mlp_backward(dout, caches):
    grads = {}
    upstream = np.asarray(dout, dtype=np.float64)
    for l in reversed(range(1, len(caches) + 1)):
        cache = caches[l - 1]
        delta = upstream * _derivative(cache["activation"], np.asarray(cache["Z"], dtype=np.float64))
        grads["W" + str(l)] = cache["A_prev"].T @ delta
        grads["b" + str(l)] = delta.sum(axis=0)
        upstream = delta @ cache["W"].T
    return {k: grads[k] for k in sorted(grads, key=lambda k: (int(k[1:]), k[0]))}
