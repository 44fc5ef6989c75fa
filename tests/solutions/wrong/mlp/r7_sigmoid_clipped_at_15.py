"""mlp.mlp_forward: the sigmoid clips Z to [-15, 15] against overflow, saturating too early (sigmoid(20) gives 1 - 3.1e-7 instead of 1 - 2.1e-9, sigmoid(-20) 3.1e-7 instead of 2.1e-9)."""

def mlp_forward(X, params, activations):
    A = np.asarray(X, dtype=np.float64)
    caches = []
    for l, name in enumerate(activations, start=1):
        W, b = params[f"W{l}"], params[f"b{l}"]
        Z = A @ W + b
        caches.append({"A_prev": A, "W": W, "b": b, "Z": Z, "activation": name})
        if name == "sigmoid":
            A = 1.0 / (1.0 + np.exp(-np.clip(Z, -15.0, 15.0)))
        elif name == "tanh":
            A = np.tanh(Z)
        elif name == "relu":
            A = np.maximum(Z, 0.0)
        else:
            A = Z
    return A, caches
