"""mlp.mlp_forward: casts X to float32 "to save memory", so every output and cache is float32 (about 1e-7 relative error)."""

def mlp_forward(X, params, activations):
    A = np.asarray(X, dtype=np.float32)
    caches = []
    for l, name in enumerate(activations, start=1):
        W, b = params[f"W{l}"].astype(np.float32), params[f"b{l}"].astype(np.float32)
        Z = A @ W + b
        caches.append({"A_prev": A, "W": W, "b": b, "Z": Z, "activation": name})
        A = _activate(Z, name)
    return A, caches
