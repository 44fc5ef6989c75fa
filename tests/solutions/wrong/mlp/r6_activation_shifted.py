"""mlp.mlp_forward: layer l uses activations[l % L] (the next layer's name): right only when every layer has the same activation."""

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
    for l in range(1, L + 1):
        name = activations[l % L]
        W, b = params[f"W{l}"], params[f"b{l}"]
        Z = A @ W + b
        caches.append({"A_prev": A, "W": W, "b": b, "Z": Z, "activation": name})
        A = act(name, Z)
    return A, caches
