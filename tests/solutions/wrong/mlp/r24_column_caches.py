"""mlp.mlp_forward: caches "A_prev" and "Z" in the column layout (n, N) used inside, not transposed back to batch-first (N, n)."""


def mlp_forward(X, params, activations):
    ket = np.asarray(X, dtype=np.float64).T
    caches = []
    for l, name in enumerate(activations, start=1):
        W, b = params["W%d" % l], params["b%d" % l]
        field = W.T @ ket + b[:, None]
        caches.append({"A_prev": ket, "W": W, "b": b, "Z": field, "activation": name})
        ket = _activate(field, name)
    return ket.T, caches
