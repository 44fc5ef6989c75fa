"""mlp.mlp_forward: never applies the last layer's activation (out = Z_L): right only when the last activation is identity."""

def mlp_forward(X, params, activations):
    def act(name, z):
        if name == "sigmoid":
            return 0.5 * (1.0 + np.tanh(0.5 * z))
        if name == "tanh":
            return np.tanh(z)
        if name == "relu":
            return np.maximum(z, 0.0)
        return z
    A = np.asarray(X, dtype=np.float64)
    caches = []
    L = len(activations)
    for l, name in enumerate(activations, start=1):
        W, b = params[f"W{l}"], params[f"b{l}"]
        Z = A @ W + b
        caches.append({"A_prev": A, "W": W, "b": b, "Z": Z, "activation": name})
        A = Z if l == L else act(name, Z)
    return A, caches
