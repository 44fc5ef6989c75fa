"""mlp.mlp_forward: caches the activated value g(Z_l) under 'Z'."""

def mlp_forward(X, params, activations):
    def g(name, Z):
        if name == "sigmoid":
            e = np.exp(-np.abs(Z))
            return np.where(Z >= 0, 1 / (1 + e), e / (1 + e))
        return {"tanh": np.tanh, "relu": lambda z: np.maximum(z, 0.0)}.get(name, lambda z: z)(Z)
    A = np.asarray(X, dtype=np.float64)
    caches = []
    for l, name in enumerate(activations, 1):
        W, b = params[f"W{l}"], params[f"b{l}"]
        A_prev = A
        A = g(name, A_prev @ W + b)
        caches.append({"A_prev": A_prev, "W": W, "b": b, "Z": A, "activation": name})
    return A, caches
