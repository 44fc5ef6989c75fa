"""backprop.mlp_backward: delta_{l-1} = delta_l W_l^T without the factor g_{l-1}'(Z_{l-1}) (only the last layer's derivative is used)."""

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
    L = len(caches)
    delta = np.asarray(dout, dtype=np.float64) * dg(caches[-1]["activation"], caches[-1]["Z"])
    for l in range(L, 0, -1):
        c = caches[l - 1]
        grads[f"W{l}"] = c["A_prev"].T @ delta
        grads[f"b{l}"] = delta.sum(axis=0)
        delta = delta @ c["W"].T
    return grads
