"""backprop.mlp_backward: right: the delta recursion on column vectors (delta^T = g' * (W delta^T)), transposed back to each parameter's shape."""


def _r24_dc(name, z):
    if name == "sigmoid":
        f = 0.5 * (1.0 + np.tanh(0.5 * z))
        return f * (1.0 - f)
    if name == "tanh":
        return 1.0 - np.tanh(z) ** 2
    if name == "relu":
        return (z > 0).astype(np.float64)
    return np.ones_like(z)


def mlp_backward(dout, caches):
    grads = {}
    up = np.asarray(dout, dtype=np.float64).T  # (n_L, N): one column per example
    for l in range(len(caches), 0, -1):
        c = caches[l - 1]
        delta = up * _r24_dc(c["activation"], c["Z"].T)
        grads["W%d" % l] = (delta @ c["A_prev"]).T
        grads["b%d" % l] = delta.sum(axis=1)
        up = c["W"] @ delta
    return grads
