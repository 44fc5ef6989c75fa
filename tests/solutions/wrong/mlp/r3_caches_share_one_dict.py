"""mlp.mlp_forward: one cache dict is created before the loop and appended every layer, so all L caches are the same
object holding the last layer's entries (right only for a one-layer network)."""

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
