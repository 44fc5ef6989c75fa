"""mlp.mlp_forward: one cache dict updated in the loop and appended each time, so every cache is the last layer's; wrong for depth >= 2."""


def mlp_forward(X, params, activations):
    A = np.asarray(X, dtype=np.float64)
    caches = []
    cache = {}
    for l, name in enumerate(activations, start=1):
        W, b = params[f"W{l}"], params[f"b{l}"]
        Z = A @ W + b
        cache.update({"A_prev": A, "W": W, "b": b, "Z": Z, "activation": name})
        caches.append(cache)
        A = _activate(Z, name)
    return A, caches
