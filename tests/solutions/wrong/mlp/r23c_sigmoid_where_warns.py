"""mlp.mlp_forward: sigmoid by np.where evaluates exp(+-z) on both branches: overflow warnings for inputs of 1000."""


def _r23c_g(z, name):
    if name == "sigmoid":
        return np.where(z >= 0, 1 / (1 + np.exp(-z)), np.exp(z) / (1 + np.exp(z)))
    if name == "tanh":
        return np.tanh(z)
    if name == "relu":
        return np.maximum(z, 0.0)
    return z


def mlp_forward(X, params, activations):
    A = np.asarray(X, dtype=np.float64)
    caches = []
    for l, act in enumerate(activations, start=1):
        W, b = params[f"W{l}"], params[f"b{l}"]
        Z = A @ W + b
        caches.append({"A_prev": A, "W": W, "b": b, "Z": Z, "activation": act})
        A = _r23c_g(Z, act)
    return A, caches
