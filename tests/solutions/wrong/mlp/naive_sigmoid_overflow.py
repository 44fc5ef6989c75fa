"""mlp.mlp_forward: naive sigmoid 1/(1 + exp(-z)) that overflows with a RuntimeWarning on large negative Z."""

def mlp_forward(X, params, activations):
    def g(name, Z):
        if name == "sigmoid":
            return 1 / (1 + np.exp(-Z))
        return {"tanh": np.tanh, "relu": lambda z: np.maximum(z, 0.0)}.get(name, lambda z: z)(Z)
    A = np.asarray(X, dtype=np.float64)
    caches = []
    for l, name in enumerate(activations, 1):
        W, b = params[f"W{l}"], params[f"b{l}"]
        Z = A @ W + b
        caches.append({"A_prev": A, "W": W, "b": b, "Z": Z, "activation": name})
        A = g(name, Z)
    return A, caches
