"""mlp.mlp_forward: caches=[] as a default argument: the list is shared by every call, so caches of earlier calls pile up."""

def _r25c_act(z, name):
    if name == "sigmoid":
        return 0.5 * (1.0 + np.tanh(0.5 * z))
    if name == "tanh":
        return np.tanh(z)
    if name == "relu":
        return np.maximum(z, 0.0)
    return z


def mlp_forward(X, params, activations, caches=[]):
    A = np.asarray(X, dtype=np.float64)
    for l, name in enumerate(activations, start=1):
        W, b = params[f"W{l}"], params[f"b{l}"]
        Z = A @ W + b
        caches.append({"A_prev": A, "W": W, "b": b, "Z": Z, "activation": name})
        A = _r25c_act(Z, name)
    return A, caches
