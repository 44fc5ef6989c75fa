"""mlp.mlp_forward: The last layer's activation is never applied (Prince's networks end on the linear f_K), so out = Z_L."""

def _r20_sigmoid(f):
    e = np.exp(-np.abs(f))
    return np.where(f >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


_R20_ACT = {"identity": lambda f: f, "sigmoid": _r20_sigmoid, "tanh": np.tanh, "relu": lambda f: f.clip(0.0)}


def mlp_forward(X, params, activations):
    K = len(activations)
    h = np.asarray(X, dtype=float)
    caches = []
    for k in range(K):
        W, b = params[f"W{k + 1}"], params[f"b{k + 1}"]
        f = h @ W + b
        caches.append({"A_prev": h, "W": W, "b": b, "Z": f, "activation": activations[k]})
        h = f if k == K - 1 else _R20_ACT[activations[k]](f)
    return h, caches
