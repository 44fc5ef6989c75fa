"""backprop.mlp_backward: relu' taken as np.sign(Z), which is -1 (not 0) for negative pre-activations."""

def mlp_backward(dout, caches):
    def deriv(Z, name):
        if name == "sigmoid":
            return np.exp(-(np.logaddexp(0.0, Z) + np.logaddexp(0.0, -Z)))
        if name == "tanh":
            return 1.0 - np.tanh(Z) ** 2
        if name == "relu":
            return np.sign(Z)
        return np.ones_like(Z, dtype=np.float64)

    grads = {}
    delta = dout * deriv(caches[-1]["Z"], caches[-1]["activation"])
    for l in range(len(caches), 0, -1):
        c = caches[l - 1]
        grads[f"W{l}"] = c["A_prev"].T @ delta
        grads[f"b{l}"] = delta.sum(axis=0)
        if l > 1:
            below = caches[l - 2]
            delta = (delta @ c["W"].T) * deriv(below["Z"], below["activation"])
    return grads
