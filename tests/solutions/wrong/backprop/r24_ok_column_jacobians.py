"""backprop.mlp_backward: right: the delta recursion on column vectors (delta^T = g' * (W delta^T)), transposed back to each parameter's shape."""


def mlp_backward(dout, caches):
    grads = {}
    up = np.asarray(dout, dtype=np.float64).T  # (n_L, N): one column per example
    for l in range(len(caches), 0, -1):
        c = caches[l - 1]
        delta = up * _derivative(c["Z"].T, c["activation"])
        grads["W%d" % l] = (delta @ c["A_prev"]).T
        grads["b%d" % l] = delta.sum(axis=1)
        up = c["W"] @ delta
    return grads
