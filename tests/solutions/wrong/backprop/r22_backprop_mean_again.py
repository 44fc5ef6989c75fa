"""backprop.mlp_backward: divides dW and db by the batch size N again, though dout = dL/d(out) already carries any 1/N of a mean loss."""


def _r22b_dgm(name, Z):
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
    dA = np.asarray(dout, dtype=np.float64)
    N = dA.shape[0]
    for l in range(len(caches), 0, -1):
        c = caches[l - 1]
        delta = dA * _r22b_dgm(c["activation"], np.asarray(c["Z"], dtype=np.float64))
        grads["W%d" % l] = np.asarray(c["A_prev"]).T @ delta / N
        grads["b%d" % l] = delta.sum(axis=0) / N
        dA = delta @ np.asarray(c["W"]).T
    return grads
