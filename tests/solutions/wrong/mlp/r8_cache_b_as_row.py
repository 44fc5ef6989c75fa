"""mlp.mlp_forward: each bias reshaped to a row (1, n_l) to broadcast explicitly, and that row cached as "b": the cache's b has shape (1, n_l) where the docstring's b_l is (n_l,)."""


def mlp_forward(X, params, activations):
    A = np.asarray(X, dtype=np.float64)
    caches = []
    for l, name in enumerate(activations, start=1):
        W, b = params[f"W{l}"], params[f"b{l}"].reshape(1, -1)
        Z = A @ W + b
        caches.append({"A_prev": A, "W": W, "b": b, "Z": Z, "activation": name})
        A = _activate(Z, name)
    return A, caches
