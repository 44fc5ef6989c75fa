"""mlp.mlp_forward: tanh written as (e^z - e^-z)/(e^z + e^-z), which gives inf/inf = NaN (with warnings) for |Z| near 1000."""


def mlp_forward(X, params, activations):
    A = np.asarray(X, dtype=np.float64)
    caches = []
    for l, name in enumerate(activations, start=1):
        W, b = params[f"W{l}"], params[f"b{l}"]
        Z = A @ W + b
        caches.append({"A_prev": A, "W": W, "b": b, "Z": Z, "activation": name})
        if name == "tanh":
            A = (np.exp(Z) - np.exp(-Z)) / (np.exp(Z) + np.exp(-Z))
        else:
            A = _activate(Z, name)
    return A, caches
