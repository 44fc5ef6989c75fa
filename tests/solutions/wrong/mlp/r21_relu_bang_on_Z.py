"""mlp.mlp_forward: Applies each activation in place on Z (a C/Julia bang habit): the cache's "Z" then holds the activation A, not the pre-activation."""

def _r21_act_bang(Z, name):
    """Applies the activation in place (relu!(Z)) and returns the same buffer."""
    if name == "relu":
        np.maximum(Z, 0.0, out=Z)
    elif name == "tanh":
        np.tanh(Z, out=Z)
    elif name == "sigmoid":
        e = np.exp(-np.abs(Z))
        Z[...] = np.where(Z >= 0, 1 / (1 + e), e / (1 + e))
    return Z


def mlp_forward(X, params, activations):
    A = np.asarray(X, dtype=np.float64)
    caches = []
    for l, name in enumerate(activations, start=1):
        W, b = params[f"W{l}"], params[f"b{l}"]
        Z = A @ W + b
        caches.append({"A_prev": A, "W": W, "b": b, "Z": Z, "activation": name})
        A = _r21_act_bang(Z, name)
    return A, caches
