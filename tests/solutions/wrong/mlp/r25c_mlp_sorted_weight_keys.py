"""mlp.mlp_forward: layers taken from sorted(params) keys: 'W10' sorts before 'W2', so deep nets (10+ layers) run out of order."""

def mlp_forward(X, params, activations):
    A = np.asarray(X, dtype=np.float64)
    caches = []
    layer_names = sorted(k[1:] for k in params if k.startswith("W"))
    for idx, name in zip(layer_names, activations):
        W, b = params["W" + idx], params["b" + idx]
        Z = A @ W + b
        caches.append({"A_prev": A, "W": W, "b": b, "Z": Z, "activation": name})
        A = _activate(Z, name)
    return A, caches
