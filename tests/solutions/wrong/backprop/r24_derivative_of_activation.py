"""backprop.mlp_backward: h' evaluated at the activation (Bishop's z = h(a), read from A_prev) instead of at the pre-activation Z: sigmoid'(sigmoid(a)) for hidden layers."""


def mlp_backward(dout, caches):
    grads = {}
    L = len(caches)
    delta = np.asarray(dout, dtype=np.float64) * _derivative(caches[-1]["Z"], caches[-1]["activation"])
    for l in range(L, 0, -1):
        c = caches[l - 1]
        grads["W%d" % l] = c["A_prev"].T @ delta
        grads["b%d" % l] = delta.sum(axis=0)
        if l > 1:
            z_hidden = c["A_prev"]  # z_j = h(a_j): the unit's output, mistaken for its argument
            delta = _derivative(z_hidden, caches[l - 2]["activation"]) * (delta @ c["W"].T)
    return grads
