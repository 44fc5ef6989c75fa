"""mlp.mlp_forward: the last layer is left linear whatever its activation name (a regression habit); wrong when the output activation is not identity."""


def mlp_forward(X, params, activations):
    A = np.asarray(X, dtype=np.float64)
    caches = []
    L = len(activations)
    for l, name in enumerate(activations, start=1):
        W, b = params[f"W{l}"], params[f"b{l}"]
        Z = A @ W + b
        caches.append({"A_prev": A, "W": W, "b": b, "Z": Z, "activation": name})
        A = Z if l == L else _activate(Z, name)
    return A, caches
