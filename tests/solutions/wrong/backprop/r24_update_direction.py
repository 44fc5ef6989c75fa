"""backprop.mlp_backward: returns the LMS update direction e x = -gradient (error d - y convention): every gradient's sign flipped."""


def mlp_backward(dout, caches):
    grads = {}
    e = -np.asarray(dout, dtype=np.float64)  # error signal d - y = -dL/dy
    for l in range(len(caches), 0, -1):
        c = caches[l - 1]
        local = e * _derivative(c["Z"], c["activation"])
        grads["W%d" % l] = c["A_prev"].T @ local
        grads["b%d" % l] = local.sum(axis=0)
        e = local @ c["W"].T
    return grads
