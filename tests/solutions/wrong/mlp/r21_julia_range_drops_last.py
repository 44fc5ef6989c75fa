"""mlp.mlp_forward: Loops `for l in range(1, L)` read as Julia's inclusive 1:L: the last layer is never applied."""

def _r21_act_range(z, name):
    if name == "sigmoid":
        e = np.exp(-np.abs(z))
        return np.where(z >= 0, 1 / (1 + e), e / (1 + e))
    return {"identity": lambda v: v, "tanh": np.tanh, "relu": lambda v: np.maximum(v, 0.0)}[name](z)


def mlp_forward(X, params, activations):
    A = np.asarray(X, dtype=np.float64)
    caches = []
    L = len(activations)
    for l in range(1, L):
        W, b = params[f"W{l}"], params[f"b{l}"]
        Z = A @ W + b
        caches.append({"A_prev": A, "W": W, "b": b, "Z": Z, "activation": activations[l - 1]})
        A = _r21_act_range(Z, activations[l - 1])
    return A, caches
