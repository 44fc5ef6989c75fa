"""mlp.mlp_forward: takes the layers in sorted(params) key order, where "W10" sorts before "W2": a network of 10 or more layers runs its layers out of order."""

def _r18_sorted_act(name, Z):
    if name == "sigmoid":
        E = np.exp(-np.abs(Z))
        return np.where(Z >= 0, 1.0 / (1.0 + E), E / (1.0 + E))
    return {"identity": Z, "tanh": np.tanh(Z), "relu": np.maximum(0, Z)}[name]


def mlp_forward(X, params, activations):
    A = np.asarray(X, dtype=np.float64).T
    caches = []
    weights = sorted(k for k in params if k.startswith("W"))
    for Wk, name in zip(weights, activations):
        bk = "b" + Wk[1:]
        W, b = params[Wk], params[bk]
        Z = np.asarray(W, dtype=np.float64).T @ A + np.asarray(b, dtype=np.float64).reshape(-1, 1)
        caches.append({"A_prev": A.T, "W": W, "b": b, "Z": Z.T, "activation": name})
        A = _r18_sorted_act(name, Z)
    return A.T, caches
