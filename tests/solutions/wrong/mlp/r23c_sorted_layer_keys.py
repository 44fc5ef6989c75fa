"""mlp.mlp_forward: layers taken in sorted(key) order, so W10 runs before W2 in networks of 10+ layers."""


import functools


def _r23c_act(z, name):
    if name == "sigmoid":
        e = np.exp(-np.abs(z))
        return np.where(z >= 0, 1 / (1 + e), e / (1 + e))
    if name == "tanh":
        return np.tanh(z)
    if name == "relu":
        return np.maximum(z, 0.0)
    return z


def mlp_forward(X, params, activations):
    names = sorted(k[1:] for k in params if k.startswith("W"))

    def layer(state, step):
        A, caches = state
        idx, act = step
        W, b = params["W" + idx], params["b" + idx]
        Z = A @ W + b
        caches.append({"A_prev": A, "W": W, "b": b, "Z": Z, "activation": act})
        return _r23c_act(Z, act), caches

    return functools.reduce(layer, zip(names, activations), (np.asarray(X, dtype=np.float64), []))
