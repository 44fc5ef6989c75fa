"""mlp.mlp_forward: tanh computed as 2 sigmoid(z) - 1 (should be 2 sigmoid(2z) - 1)."""

def mlp_forward(X, params, activations):
    def sig(Z):
        e = np.exp(-np.abs(Z))
        return np.where(Z >= 0, 1 / (1 + e), e / (1 + e))
    def g(name, Z):
        if name == "sigmoid":
            return sig(Z)
        if name == "tanh":
            return 2 * sig(Z) - 1
        if name == "relu":
            return np.maximum(Z, 0.0)
        return Z
    A = np.asarray(X, dtype=np.float64)
    caches = []
    for l, name in enumerate(activations, 1):
        W, b = params[f"W{l}"], params[f"b{l}"]
        Z = A @ W + b
        caches.append({"A_prev": A, "W": W, "b": b, "Z": Z, "activation": name})
        A = g(name, Z)
    return A, caches
