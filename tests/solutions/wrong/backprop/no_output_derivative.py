"""backprop.mlp_backward: delta_L = dout, the last layer's g_L'(Z_L) is left out."""

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
    d = np.asarray(dout, dtype=np.float64)
    L = len(caches)
    for l in range(L, 0, -1):
        c = caches[l - 1]
        delta = d if l == L else d * dg(c["activation"], c["Z"])
        grads[f"W{l}"] = c["A_prev"].T @ delta
        grads[f"b{l}"] = delta.sum(axis=0)
        d = delta @ c["W"].T
    return grads
