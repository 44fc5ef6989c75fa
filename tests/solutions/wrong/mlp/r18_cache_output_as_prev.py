"""mlp.mlp_forward: each cache's "A_prev" holds the layer's own output A_l (read off its activation module), not its input A_{l-1}."""

def _r18_act_out(name, Z):
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
        A = _r18_act_out(name, Z)
        caches.append({"A_prev": A.T, "W": W, "b": b, "Z": Z.T, "activation": name})
    return A.T, caches
