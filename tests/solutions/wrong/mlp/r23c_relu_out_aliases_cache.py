"""mlp.mlp_forward: relu by np.maximum(z, 0, out=z) overwrites the cached Z, so relu caches hold A instead of Z."""


def _r23c_apply(z, name):
    if name == "sigmoid":
        e = np.exp(-np.abs(z))
        return np.where(z >= 0, 1 / (1 + e), e / (1 + e))
    if name == "tanh":
        return np.tanh(z)
    if name == "relu":
        return np.maximum(z, 0.0, out=z)
    return z


def mlp_forward(X, params, activations):
    A = np.asarray(X, dtype=np.float64)
    caches = []
    for l, act in enumerate(activations, start=1):
        W, b = params[f"W{l}"], params[f"b{l}"]
        Z = A @ W + b
        caches.append({"A_prev": A, "W": W, "b": b, "Z": Z, "activation": act})
        A = _r23c_apply(Z, act)
    return A, caches
