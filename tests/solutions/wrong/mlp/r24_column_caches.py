"""mlp.mlp_forward: caches "A_prev" and "Z" in the column layout (n, N) used inside, not transposed back to batch-first (N, n)."""


def _r24_gc(name, z):
    return {"sigmoid": lambda t: 0.5 * (1.0 + np.tanh(0.5 * t)), "tanh": np.tanh,
            "relu": lambda t: np.maximum(t, 0.0)}.get(name, lambda t: t)(z)


def mlp_forward(X, params, activations):
    ket = np.asarray(X, dtype=np.float64).T
    caches = []
    for l, name in enumerate(activations, start=1):
        W, b = params["W%d" % l], params["b%d" % l]
        field = W.T @ ket + b[:, None]
        caches.append({"A_prev": ket, "W": W, "b": b, "Z": field, "activation": name})
        ket = _r24_gc(name, field)
    return ket.T, caches
