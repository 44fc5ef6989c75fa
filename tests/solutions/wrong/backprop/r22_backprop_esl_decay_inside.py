"""backprop.mlp_backward: ESL's gradient of R(theta) + lambda J(theta) with a built-in decay 2 * 0.01 * W added to every dW (weight decay inside the backward pass)."""


def mlp_backward(dout, caches):
    grads = {}
    dA = np.asarray(dout, dtype=np.float64)
    for l in range(len(caches), 0, -1):
        c = caches[l - 1]
        Z = np.asarray(c["Z"], dtype=np.float64)
        name = c["activation"]
        if name == "sigmoid":
            e = np.exp(-np.abs(Z))
            s = np.where(Z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))
            d = s * (1.0 - s)
        elif name == "tanh":
            d = 1.0 - np.tanh(Z) ** 2
        elif name == "relu":
            d = (Z > 0).astype(np.float64)
        else:
            d = np.ones_like(Z)
        delta = dA * d
        grads["W%d" % l] = np.asarray(c["A_prev"]).T @ delta + 2 * 0.01 * np.asarray(c["W"])
        grads["b%d" % l] = delta.sum(axis=0)
        dA = delta @ np.asarray(c["W"]).T
    return grads
