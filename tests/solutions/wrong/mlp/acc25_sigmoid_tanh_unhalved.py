"""mlp.mlp_forward: the sigmoid written through tanh as (1 - tanh(Z)) / 2, the halving inside tanh lost and the sign flipped: every sigmoid layer's output is wrong."""


def mlp_forward(X, params, activations):
    A = np.asarray(X, dtype=np.float64)
    caches = []
    for l, name in enumerate(activations, start=1):
        W, b = params["W%d" % l], params["b%d" % l]
        Z = A @ W + b
        caches.append({"A_prev": A, "W": W, "b": b, "Z": Z, "activation": name})
        A = 0.5 * (1.0 - np.tanh(Z)) if name == "sigmoid" else _activate(Z, name)
    return A, caches
