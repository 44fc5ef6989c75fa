"""mlp.mlp_forward: relu written Z * (Z > 0) on an np.matrix, a matrix product (an error unless square), not the elementwise mask."""


def _r22b_fwd(name, Z):
    if name == "sigmoid":
        e = np.exp(-np.abs(Z.A))
        return np.asmatrix(np.where(Z.A >= 0, 1.0 / (1.0 + e), e / (1.0 + e)))
    if name == "tanh":
        return np.tanh(Z)
    if name == "relu":
        return Z * (Z > 0)
    return Z.copy()


def mlp_forward(X, params, activations):
    A = np.asmatrix(X, dtype=np.float64)
    caches = []
    for l, name in enumerate(activations, start=1):
        W, b = params["W%d" % l], params["b%d" % l]
        Z = A * np.asmatrix(W) + np.asmatrix(b)
        caches.append({"A_prev": A.A, "W": W, "b": b, "Z": Z.A, "activation": name})
        A = np.asmatrix(_r22b_fwd(name, Z), dtype=np.float64)
    return A.A, caches
