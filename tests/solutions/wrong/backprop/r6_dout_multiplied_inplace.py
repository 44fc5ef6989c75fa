"""backprop.mlp_backward: delta = dout; delta *= g'(Z_L): multiplies the caller's dout in place."""

def mlp_backward(dout, caches):
    def d(name, z):
        if name == "sigmoid":
            s = 0.5 * (1.0 + np.tanh(0.5 * z))
            return s * (1.0 - s)
        if name == "tanh":
            return 1.0 - np.tanh(z) ** 2
        if name == "relu":
            return (z > 0).astype(np.float64)
        return np.ones_like(z)
    grads = {}
    delta = dout
    delta *= d(caches[-1]["activation"], caches[-1]["Z"])
    for l in range(len(caches), 0, -1):
        c = caches[l - 1]
        grads[f"W{l}"] = c["A_prev"].T @ delta
        grads[f"b{l}"] = delta.sum(axis=0)
        if l > 1:
            prev = caches[l - 2]
            delta = (delta @ c["W"].T) * d(prev["activation"], prev["Z"])
    return grads
