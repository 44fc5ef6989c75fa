"""backprop.mlp_backward: propagates delta below every layer, layer 1 included, where caches[l - 2] is caches[-1] (Python wraps the index): the unused delta_0 multiplies (N, n0) by g_L'(Z_L) (N, nL), a broadcasting error unless n0 == nL or nL == 1."""

def mlp_backward(dout, caches):
    def deriv(Z, name):
        if name == "sigmoid":
            return np.exp(-(np.logaddexp(0.0, Z) + np.logaddexp(0.0, -Z)))
        if name == "tanh":
            return 1.0 - np.tanh(Z) ** 2
        if name == "relu":
            return (Z > 0).astype(np.float64)
        return np.ones_like(Z, dtype=np.float64)

    grads = {}
    delta = dout * deriv(caches[-1]["Z"], caches[-1]["activation"])
    for l in range(len(caches), 0, -1):
        c = caches[l - 1]
        grads[f"W{l}"] = c["A_prev"].T @ delta
        grads[f"b{l}"] = delta.sum(axis=0)
        below = caches[l - 2]
        delta = (delta @ c["W"].T) * deriv(below["Z"], below["activation"])
    return grads
