"""mlp.mlp_forward: 'A = Z' then A[A < 0] = 0 for relu: one array under two names, so the cached Z holds relu(Z)."""

def mlp_forward(X, params, activations):
    A = np.asarray(X, dtype=np.float64)
    caches = []
    for l, name in enumerate(activations, start=1):
        W, b = params[f"W{l}"], params[f"b{l}"]
        Z = A @ W + b
        caches.append({"A_prev": A, "W": W, "b": b, "Z": Z, "activation": name})
        if name == "relu":
            A = Z
            A[A < 0] = 0.0
        else:
            A = _activate(Z, name)
    return A, caches
