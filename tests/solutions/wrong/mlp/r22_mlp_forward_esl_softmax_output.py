"""mlp.mlp_forward: applies ESL's output function g_k = softmax at the last layer whatever its activation name says."""


def _r22b_act(name, Z):
    if name == "sigmoid":
        e = np.exp(-np.abs(Z))
        return np.where(Z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))
    if name == "tanh":
        return np.tanh(Z)
    if name == "relu":
        return np.maximum(Z, 0.0)
    return Z.copy()


def mlp_forward(X, params, activations):
    A = np.asarray(X, dtype=np.float64)
    caches = []
    L = len(activations)
    for l, name in enumerate(activations, start=1):
        W, b = params["W%d" % l], params["b%d" % l]
        Z = A @ W + b
        caches.append({"A_prev": A, "W": W, "b": b, "Z": Z, "activation": name})
        if l < L:
            A = _r22b_act(name, Z)
        else:
            T = Z - Z.max(axis=1, keepdims=True)
            A = np.exp(T) / np.exp(T).sum(axis=1, keepdims=True)
    return A, caches
