"""mlp.mlp_forward: tanh as (e^2z - 1) / (e^2z + 1): NaN and overflow warnings once z passes ~355."""

def mlp_forward(X, params, activations):
    def act(name, z):
        if name == "sigmoid":
            return 0.5 * (1.0 + np.tanh(0.5 * z))
        if name == "tanh":
            e = np.exp(2.0 * z)
            return (e - 1.0) / (e + 1.0)
        if name == "relu":
            return np.maximum(z, 0.0)
        return z
    A = np.asarray(X, dtype=np.float64)
    caches = []
    for l, name in enumerate(activations, start=1):
        W, b = params[f"W{l}"], params[f"b{l}"]
        Z = A @ W + b
        caches.append({"A_prev": A, "W": W, "b": b, "Z": Z, "activation": name})
        A = act(name, Z)
    return A, caches
