"""backprop.mlp_backward: the sigmoid derivative computed as Z (1 - Z), on the pre-activation instead of sigmoid(Z)."""

def mlp_backward(dout, caches):
    def deriv(name, Z):
        if name == "sigmoid":
            return Z * (1 - Z)
        if name == "tanh":
            return 1 - np.tanh(Z) ** 2
        if name == "relu":
            return (Z > 0).astype(float)
        return np.ones_like(Z)

    grads = {}
    L = len(caches)
    delta = dout * deriv(caches[-1]["activation"], caches[-1]["Z"])
    for l in range(L, 0, -1):
        c = caches[l - 1]
        grads["W%d" % l] = c["A_prev"].T @ delta
        grads["b%d" % l] = delta.sum(axis=0)
        if l > 1:
            prev = caches[l - 2]
            delta = (delta @ c["W"].T) * deriv(prev["activation"], prev["Z"])
    return grads
