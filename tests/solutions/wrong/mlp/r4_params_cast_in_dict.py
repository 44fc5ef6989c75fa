"""mlp.mlp_forward: writes float64 copies of the weights back into the caller's params dict (an argument changed in place)."""

def mlp_forward(X, params, activations):
    def _act(Z, name):
        if name == "relu":
            return np.maximum(Z, 0.0)
        if name == "sigmoid":
            return 0.5 * (1.0 + np.tanh(0.5 * Z))
        if name == "tanh":
            return np.tanh(Z)
        return Z

    A = np.asarray(X, dtype=np.float64)
    caches = []
    for l, name in enumerate(activations, start=1):
        params[f"W{l}"] = np.array(params[f"W{l}"], dtype=np.float64)
        params[f"b{l}"] = np.array(params[f"b{l}"], dtype=np.float64)
        W, b = params[f"W{l}"], params[f"b{l}"]
        Z = A @ W + b
        caches.append({"A_prev": A, "W": W, "b": b, "Z": Z, "activation": name})
        A = _act(Z, name)
    return A, caches
