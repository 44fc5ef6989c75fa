"""backprop.mlp_backward: walks the layers with caches.pop(), emptying the caller's list of caches."""

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
    l = len(caches)
    c = caches.pop()
    delta = dout * deriv(c["Z"], c["activation"])
    while True:
        grads[f"W{l}"] = c["A_prev"].T @ delta
        grads[f"b{l}"] = delta.sum(axis=0)
        if not caches:
            return grads
        below = caches.pop()
        delta = (delta @ c["W"].T) * deriv(below["Z"], below["activation"])
        c, l = below, l - 1
