"""backprop.mlp_backward: tanh derivative as 1 - Z^2 (the pre-activation, not tanh(Z))."""

def mlp_backward(dout, caches):
    def deriv(name, Z):
        if name == "sigmoid":
            s = np.exp(-np.logaddexp(0, -Z))
            return s * (1 - s)
        if name == "tanh":
            return 1 - Z ** 2
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
