"""backprop.mlp_backward: returns the LMS update direction e x = -gradient (error d - y convention): every gradient's sign flipped."""


def _r24_du(name, z):
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
    e = -np.asarray(dout, dtype=np.float64)  # error signal d - y = -dL/dy
    for l in range(len(caches), 0, -1):
        c = caches[l - 1]
        local = e * _r24_du(c["activation"], c["Z"])
        grads["W%d" % l] = c["A_prev"].T @ local
        grads["b%d" % l] = local.sum(axis=0)
        e = local @ c["W"].T
    return grads
