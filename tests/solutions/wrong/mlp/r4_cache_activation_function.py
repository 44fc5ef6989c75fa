"""mlp.mlp_forward: each cache's "activation" holds the activation function itself, not its name as the docstring says."""

def mlp_forward(X, params, activations):
    _ACTS = {
        "identity": lambda Z: Z,
        "relu": lambda Z: np.maximum(Z, 0.0),
        "sigmoid": lambda Z: 0.5 * (1.0 + np.tanh(0.5 * Z)),
        "tanh": np.tanh,
    }

    A = np.asarray(X, dtype=np.float64)
    caches = []
    for l, name in enumerate(activations, start=1):
        W, b = params[f"W{l}"], params[f"b{l}"]
        Z = A @ W + b
        g = _ACTS[name]
        caches.append({"A_prev": A, "W": W, "b": b, "Z": Z, "activation": g})
        A = g(Z)
    return A, caches
