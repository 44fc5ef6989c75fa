"""mlp.mlp_forward: never applies the last layer's activation (out = Z_L)."""

def mlp_forward(X, params, activations):
    def g(name, Z):
        if name == "sigmoid":
            e = np.exp(-np.abs(Z))
            return np.where(Z >= 0, 1 / (1 + e), e / (1 + e))
        return {"tanh": np.tanh, "relu": lambda z: np.maximum(z, 0.0)}.get(name, lambda z: z)(Z)
    A = np.asarray(X, dtype=np.float64)
    caches = []
    L = len(activations)
    for l in range(1, L + 1):
        W, b = params[f"W{l}"], params[f"b{l}"]
        Z = A @ W + b
        caches.append({"A_prev": A, "W": W, "b": b, "Z": Z, "activation": activations[l - 1]})
        A = g(activations[l - 1], Z) if l < L else Z
    return A, caches
