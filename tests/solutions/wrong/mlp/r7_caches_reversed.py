"""mlp.mlp_forward: builds the caches with insert(0, ...) "ready for the backward pass", so they come back from the last layer down instead of layer 1 first."""

def mlp_forward(X, params, activations):
    A = np.asarray(X, dtype=np.float64)
    caches = []
    for l, name in enumerate(activations, start=1):
        W, b = params[f"W{l}"], params[f"b{l}"]
        Z = A @ W + b
        caches.insert(0, {"A_prev": A, "W": W, "b": b, "Z": Z, "activation": name})
        if name == "sigmoid":
            A = np.exp(-np.logaddexp(0.0, -Z))
        elif name == "tanh":
            A = np.tanh(Z)
        elif name == "relu":
            A = np.maximum(Z, 0.0)
        else:
            A = Z
    return A, caches
