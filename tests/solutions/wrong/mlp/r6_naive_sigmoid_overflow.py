"""mlp.mlp_forward: sigmoid as 1 / (1 + exp(-z)): overflow RuntimeWarning for inputs of size 1000."""

def mlp_forward(X, params, activations):
    acts = {"identity": lambda z: z, "sigmoid": lambda z: 1.0 / (1.0 + np.exp(-z)),
            "tanh": np.tanh, "relu": lambda z: np.maximum(z, 0.0)}
    A = np.asarray(X, dtype=np.float64)
    caches = []
    for l, name in enumerate(activations, start=1):
        W, b = params[f"W{l}"], params[f"b{l}"]
        Z = A @ W + b
        caches.append({"A_prev": A, "W": W, "b": b, "Z": Z, "activation": name})
        A = acts[name](Z)
    return A, caches
