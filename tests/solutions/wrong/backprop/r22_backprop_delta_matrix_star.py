"""backprop.mlp_backward: delta = dA * g'(Z) with both np.matrix, a matrix product (an error unless square), not the elementwise product."""


def _r22b_dg(name, Z):
    if name == "sigmoid":
        e = np.exp(-np.abs(Z))
        s = np.where(Z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))
        return s * (1.0 - s)
    if name == "tanh":
        return 1.0 - np.tanh(Z) ** 2
    if name == "relu":
        return (Z > 0).astype(np.float64)
    return np.ones_like(Z, dtype=np.float64)


def mlp_backward(dout, caches):
    grads = {}
    dA = np.asmatrix(dout, dtype=np.float64)
    for l in range(len(caches), 0, -1):
        c = caches[l - 1]
        delta = dA * np.asmatrix(_r22b_dg(c["activation"], np.asarray(c["Z"], dtype=np.float64)))
        grads["W%d" % l] = (np.asmatrix(c["A_prev"]).T * delta).A
        grads["b%d" % l] = delta.sum(axis=0).A1
        dA = delta * np.asmatrix(c["W"]).T
    return grads
