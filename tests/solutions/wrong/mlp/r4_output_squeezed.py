"""mlp.mlp_forward: the output is squeezed, so one output unit (or one example) gives (N,) (or (nL,)) instead of (N, nL)."""

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
        W, b = params[f"W{l}"], params[f"b{l}"]
        Z = A @ W + b
        caches.append({"A_prev": A, "W": W, "b": b, "Z": Z, "activation": name})
        A = _act(Z, name)
    return np.squeeze(A), caches
