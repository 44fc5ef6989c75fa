"""mlp.mlp_forward: ReLU computed in place on Z (np.maximum(Z, 0, out=Z)), so each relu layer's cached "Z" holds A, not the pre-activation."""

def mlp_forward(X, params, activations):
    def _act(Z, name):
        if name == "relu":
            return np.maximum(Z, 0.0, out=Z)
        if name == "sigmoid":
            return 0.5 * (1.0 + np.tanh(0.5 * Z))
        if name == "tanh":
            return np.tanh(Z)
        return Z

    A = np.asarray(X, dtype=np.float64)
    caches = []
    for l, name in enumerate(activations, start=1):
        W, b = params[f"W{l}"], params[f"b{l}"]
        Z = A @ W + b
        cache = {"A_prev": A, "W": W, "b": b, "Z": Z, "activation": name}
        A = _act(Z, name)
        caches.append(cache)
    return A, caches
