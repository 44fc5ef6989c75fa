"""backprop.mlp_backward: ESL's sigma'(v) = sigma(v)(1 - sigma(v)) applied to Z itself, Z (1 - Z), instead of to sigmoid(Z)."""


def mlp_backward(dout, caches):
    grads = {}
    dA = np.asarray(dout, dtype=np.float64)
    for l in range(len(caches), 0, -1):
        c = caches[l - 1]
        Z = np.asarray(c["Z"], dtype=np.float64)
        name = c["activation"]
        if name == "sigmoid":
            d = Z * (1.0 - Z)
        elif name == "tanh":
            d = 1.0 - np.tanh(Z) ** 2
        elif name == "relu":
            d = (Z > 0).astype(np.float64)
        else:
            d = np.ones_like(Z)
        delta = dA * d
        grads["W%d" % l] = np.asarray(c["A_prev"]).T @ delta
        grads["b%d" % l] = delta.sum(axis=0)
        dA = delta @ np.asarray(c["W"]).T
    return grads
