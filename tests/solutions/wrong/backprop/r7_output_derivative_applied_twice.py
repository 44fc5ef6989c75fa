"""backprop.mlp_backward: multiplies dout by g_L'(Z_L) before the loop and then again inside it (the loop turns every layer's dA into dZ, the output layer's included)."""

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
    dA = dout * deriv(caches[-1]["Z"], caches[-1]["activation"])
    for l in range(len(caches), 0, -1):
        c = caches[l - 1]
        delta = dA * deriv(c["Z"], c["activation"])
        grads[f"W{l}"] = c["A_prev"].T @ delta
        grads[f"b{l}"] = delta.sum(axis=0)
        dA = delta @ c["W"].T
    return grads
