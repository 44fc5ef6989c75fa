"""backprop.mlp_backward: h' evaluated at the activation (Bishop's z = h(a), read from A_prev) instead of at the pre-activation Z: sigmoid'(sigmoid(a)) for hidden layers."""


def _r24_dh(name, x):
    if name == "sigmoid":
        f = 0.5 * (1.0 + np.tanh(0.5 * x))
        return f * (1.0 - f)
    if name == "tanh":
        return 1.0 - np.tanh(x) ** 2
    if name == "relu":
        return (x > 0).astype(np.float64)
    return np.ones_like(x)


def mlp_backward(dout, caches):
    grads = {}
    L = len(caches)
    delta = np.asarray(dout, dtype=np.float64) * _r24_dh(caches[-1]["activation"], caches[-1]["Z"])
    for l in range(L, 0, -1):
        c = caches[l - 1]
        grads["W%d" % l] = c["A_prev"].T @ delta
        grads["b%d" % l] = delta.sum(axis=0)
        if l > 1:
            z_hidden = c["A_prev"]  # z_j = h(a_j): the unit's output, mistaken for its argument
            delta = _r24_dh(caches[l - 2]["activation"], z_hidden) * (delta @ c["W"].T)
    return grads
