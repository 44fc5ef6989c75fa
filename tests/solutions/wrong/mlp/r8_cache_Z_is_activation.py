"""mlp.mlp_forward: the cache's Z holds the activation g(Z) instead of the pre-activation; wrong for every non-identity layer."""


def mlp_forward(X, params, activations):
    A = np.asarray(X, dtype=np.float64)
    caches = []
    for l, name in enumerate(activations, start=1):
        W, b = params[f"W{l}"], params[f"b{l}"]
        A_prev = A
        A = _activate(A_prev @ W + b, name)
        caches.append({"A_prev": A_prev, "W": W, "b": b, "Z": A, "activation": name})
    return A, caches
