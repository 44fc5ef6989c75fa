"""backprop.mlp_backward: delta_L = dout without g_L'(Z_L) (Bishop's delta_k = y_k - t_k holds only for a canonical-link output): wrong for a non-identity output layer."""


def _r24_dg(name, z):
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
    delta = np.asarray(dout, dtype=np.float64)  # output units: delta_k = dE/da_k taken as given
    for l in range(len(caches), 0, -1):
        c = caches[l - 1]
        grads["W%d" % l] = c["A_prev"].T @ delta
        grads["b%d" % l] = delta.sum(axis=0)
        if l > 1:
            delta = (delta @ c["W"].T) * _r24_dg(caches[l - 2]["activation"], caches[l - 2]["Z"])
    return grads
