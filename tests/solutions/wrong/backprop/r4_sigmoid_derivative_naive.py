"""backprop.mlp_backward: sigmoid derivative as exp(-z) / (1 + exp(-z))^2, which is inf/inf = NaN (with warnings) for pre-activations below about -710."""

def mlp_backward(dout, caches):
    def _dact(Z, name):
        if name == "relu":
            return (Z > 0).astype(np.float64)
        if name == "sigmoid":
            e = np.exp(-Z)
            return e / (1.0 + e) ** 2
        if name == "tanh":
            return 1.0 - np.tanh(Z) ** 2
        return np.ones_like(Z, dtype=np.float64)

    grads = {}
    delta = np.asarray(dout, dtype=np.float64) * _dact(caches[-1]["Z"], caches[-1]["activation"])
    for l in range(len(caches), 0, -1):
        c = caches[l - 1]
        grads[f"W{l}"] = c["A_prev"].T @ delta
        grads[f"b{l}"] = delta.sum(axis=0)
        if l > 1:
            prev = caches[l - 2]
            delta = (delta @ c["W"].T) * _dact(prev["Z"], prev["activation"])
    return grads
