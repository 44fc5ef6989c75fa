"""mlp.mlp_forward: sigmoid by np.where over two formulas, both evaluated, so inputs of size 1000 raise overflow warnings."""

def mlp_forward(X, params, activations):
    def _act(Z, name):
        if name == "relu":
            return np.maximum(Z, 0.0)
        if name == "sigmoid":
            return np.where(Z >= 0, 1.0 / (1.0 + np.exp(-Z)), np.exp(Z) / (1.0 + np.exp(Z)))
        if name == "tanh":
            return np.tanh(Z)
        return Z

    A = np.asarray(X, dtype=np.float64)
    caches = []
    for l, name in enumerate(activations, start=1):
        W, b = params[f"W{l}"], params[f"b{l}"]
        Z = A @ W + b
        caches.append({"A_prev": A, "W": W, "b": b, "Z": Z, "activation": name})
        A = _act(Z, name)
    return A, caches
