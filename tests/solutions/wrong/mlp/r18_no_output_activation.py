"""mlp.mlp_forward: applies the activations only to the hidden layers and returns the last layer's Z_L as out (6.036 keeps the output's SoftMax as a separate module), ignoring the output layer's activation."""

def _r18_hidden_act(name, Z):
    if name == "sigmoid":
        E = np.exp(-np.abs(Z))
        return np.where(Z >= 0, 1.0 / (1.0 + E), E / (1.0 + E))
    return {"identity": Z, "tanh": np.tanh(Z), "relu": np.maximum(0, Z)}[name]


def mlp_forward(X, params, activations):
    A = np.asarray(X, dtype=np.float64).T
    caches = []
    L = len(activations)
    for l, name in enumerate(activations, start=1):
        W, b = params["W%d" % l], params["b%d" % l]
        Z = np.asarray(W, dtype=np.float64).T @ A + np.asarray(b, dtype=np.float64).reshape(-1, 1)
        caches.append({"A_prev": A.T, "W": W, "b": b, "Z": Z.T, "activation": name})
        A = Z if l == L else _r18_hidden_act(name, Z)
    return A.T, caches
