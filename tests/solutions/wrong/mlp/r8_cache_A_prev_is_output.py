"""mlp.mlp_forward: the cache's A_prev holds the layer's own output A_l instead of its input A_{l-1}."""


def mlp_forward(X, params, activations):
    A = np.asarray(X, dtype=np.float64)
    caches = []
    for l, name in enumerate(activations, start=1):
        W, b = params[f"W{l}"], params[f"b{l}"]
        Z = A @ W + b
        A = _activate(Z, name)
        caches.append({"A_prev": A, "W": W, "b": b, "Z": Z, "activation": name})
    return A, caches
