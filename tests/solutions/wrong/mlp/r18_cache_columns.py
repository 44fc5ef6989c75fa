"""mlp.mlp_forward: the caches keep 6.036's column layout, A_prev (n_{l-1}, N) and Z (n_l, N), the transposes of the documented batch-first arrays."""

def _r18_cols_act(name, Z):
    if name == "sigmoid":
        E = np.exp(-np.abs(Z))
        return np.where(Z >= 0, 1.0 / (1.0 + E), E / (1.0 + E))
    return {"identity": Z, "tanh": np.tanh(Z), "relu": np.maximum(0, Z)}[name]


def mlp_forward(X, params, activations):
    A = np.asarray(X, dtype=np.float64).T
    caches = []
    for l, name in enumerate(activations, start=1):
        W, b = params["W%d" % l], params["b%d" % l]
        Z = np.asarray(W, dtype=np.float64).T @ A + np.asarray(b, dtype=np.float64).reshape(-1, 1)
        caches.append({"A_prev": A, "W": W, "b": b, "Z": Z, "activation": name})
        A = _r18_cols_act(name, Z)
    return A.T, caches
