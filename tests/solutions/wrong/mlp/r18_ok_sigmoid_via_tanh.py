"""mlp.mlp_forward: right; the sigmoid is computed as (1 + tanh(z/2)) / 2, an identity that never overflows, and the caches hold the same values."""

def _r18_ok_act(name, Z):
    if name == "sigmoid":
        return 0.5 * (1.0 + np.tanh(Z / 2))
    return {"identity": Z, "tanh": np.tanh(Z), "relu": np.maximum(0, Z)}[name]


def mlp_forward(X, params, activations):
    A = np.asarray(X, dtype=np.float64).T
    caches = []
    for l, name in enumerate(activations, start=1):
        W, b = params["W%d" % l], params["b%d" % l]
        Z = np.asarray(W, dtype=np.float64).T @ A + np.asarray(b, dtype=np.float64).reshape(-1, 1)
        caches.append({"A_prev": A.T, "W": W, "b": b, "Z": Z.T, "activation": name})
        A = _r18_ok_act(name, Z)
    return A.T, caches
