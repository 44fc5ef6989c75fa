"""mlp.mlp_forward: stores each Z in the caller's params dict (params['Z1'] = ...), changing an argument it must not touch."""


def mlp_forward(X, params, activations):
    A = np.asarray(X, dtype=np.float64)
    caches = []
    for l, name in enumerate(activations, start=1):
        W, b = params[f"W{l}"], params[f"b{l}"]
        params[f"Z{l}"] = A @ W + b
        caches.append({"A_prev": A, "W": W, "b": b, "Z": params[f"Z{l}"], "activation": name})
        A = _activate(params[f"Z{l}"], name)
    return A, caches
