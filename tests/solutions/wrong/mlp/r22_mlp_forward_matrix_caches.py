"""mlp.mlp_forward: the caches keep np.matrix values (A_prev and Z never turned back with .A), not the plain arrays the docstring lists."""


def _r22b_g(name, Z):
    Z = np.asarray(Z)
    if name == "sigmoid":
        e = np.exp(-np.abs(Z))
        return np.where(Z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))
    if name == "tanh":
        return np.tanh(Z)
    if name == "relu":
        return np.maximum(Z, 0.0)
    return Z.copy()


def mlp_forward(X, params, activations):
    A = np.asmatrix(X, dtype=np.float64)
    caches = []
    for l, name in enumerate(activations, start=1):
        W, b = params["W%d" % l], params["b%d" % l]
        Z = A * np.asmatrix(W) + np.asmatrix(b)
        caches.append({"A_prev": A, "W": W, "b": b, "Z": Z, "activation": name})
        A = np.asmatrix(_r22b_g(name, Z))
    return A.A, caches
