"""backprop.mlp_backward: the sigmoid derivative is computed as Z (1 - Z), treating the cached Z as the activation."""

def mlp_backward(dout, caches):
    def dg(name, Z):
        if name == "sigmoid":
            return Z * (1 - Z)
        if name == "tanh":
            return 1 - np.tanh(Z) ** 2
        if name == "relu":
            return (Z > 0).astype(np.float64)
        return np.ones_like(Z)
    grads = {}
    d = np.asarray(dout, dtype=np.float64)
    for l in range(len(caches), 0, -1):
        c = caches[l - 1]
        delta = d * dg(c["activation"], c["Z"])
        grads[f"W{l}"] = c["A_prev"].T @ delta
        grads[f"b{l}"] = delta.sum(axis=0)
        d = delta @ c["W"].T
    return grads
