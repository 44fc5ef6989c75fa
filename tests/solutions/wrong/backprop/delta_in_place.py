"""backprop.mlp_backward: multiplies the caller's dout in place (delta = dout; delta *= g'(Z))."""

def mlp_backward(dout, caches):
    def dg(name, Z):
        if name == "sigmoid":
            e = np.exp(-np.abs(Z))
            s = np.where(Z >= 0, 1 / (1 + e), e / (1 + e))
            return s * (1 - s)
        if name == "tanh":
            return 1 - np.tanh(Z) ** 2
        if name == "relu":
            return (Z > 0).astype(np.float64)
        return np.ones_like(Z)
    grads = {}
    d = dout
    for l in range(len(caches), 0, -1):
        c = caches[l - 1]
        d *= dg(c["activation"], c["Z"])
        grads[f"W{l}"] = c["A_prev"].T @ d
        grads[f"b{l}"] = d.sum(axis=0)
        d = d @ c["W"].T
    return grads
