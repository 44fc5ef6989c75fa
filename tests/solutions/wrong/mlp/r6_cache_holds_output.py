"""mlp.mlp_forward: the cache's "A_prev" holds the layer's own output A_l instead of its input A_{l-1}."""

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
    for l, name in enumerate(activations, start=1):
        W, b = params[f"W{l}"], params[f"b{l}"]
        Z = A @ W + b
        A = act(name, Z)
        caches.append({"A_prev": A, "W": W, "b": b, "Z": Z, "activation": name})
    return A, caches
