"""mlp.mlp_forward: right; each cache also keeps the layer's output under "A" (6.036's module keeps self.A), beside every key the docstring lists with its documented value."""

def _r18_okA_act(name, Z):
    if name == "sigmoid":
        E = np.exp(-np.abs(Z))
        return np.where(Z >= 0, 1.0 / (1.0 + E), E / (1.0 + E))
    return {"identity": Z, "tanh": np.tanh(Z), "relu": np.maximum(0, Z)}[name]


def mlp_forward(X, params, activations):
    A = np.asarray(X, dtype=np.float64)
    caches = []
    for l, name in enumerate(activations, start=1):
        W, b = params["W%d" % l], params["b%d" % l]
        Z = A @ np.asarray(W, dtype=np.float64) + np.asarray(b, dtype=np.float64)
        out = _r18_okA_act(name, Z)
        caches.append({"A_prev": A, "W": W, "b": b, "Z": Z, "activation": name, "A": out})
        A = out
    return A, caches
