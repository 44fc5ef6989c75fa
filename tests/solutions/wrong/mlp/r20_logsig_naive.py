"""mlp.mlp_forward: sigmoid written as Hagan's logsig 1/(1 + exp(-n)): exp(-n) overflows (RuntimeWarning) for large negative n."""

def _r20c_act(name, n):
    if name == "sigmoid":
        return 1 / (1 + np.exp(-n))          # Hagan's logsig as written: exp overflows for n = -1000
    if name == "tanh":
        return np.tanh(n)
    if name == "relu":
        return np.maximum(n, 0)
    return n


def mlp_forward(X, params, activations):
    a = np.asarray(X, dtype=float)
    caches = []
    for k, name in enumerate(activations, start=1):
        W, b = params[f"W{k}"], params[f"b{k}"]
        n = a @ W + b
        caches.append({"A_prev": a, "W": W, "b": b, "Z": n, "activation": name})
        a = _r20c_act(name, n)
    return a, caches
