"""backprop.mlp_backward: hidden layers use g'(A_{l-1}) (the cached A_prev of the layer above) instead of g'(Z_{l-1}): right for relu and identity, wrong for sigmoid and tanh."""

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
    L = len(caches)
    delta = dout * d(caches[-1]["activation"], caches[-1]["Z"])
    for l in range(L, 0, -1):
        c = caches[l - 1]
        grads[f"W{l}"] = c["A_prev"].T @ delta
        grads[f"b{l}"] = delta.sum(axis=0)
        if l > 1:
            delta = (delta @ c["W"].T) * d(caches[l - 2]["activation"], c["A_prev"])
    return grads
