"""backprop.mlp_backward: keys numbered by position in reversed(caches), so the last layer is named W1 (right only for one layer)."""

def mlp_backward(dout, caches):
    def _dact(Z, name):
        if name == "relu":
            return (Z > 0).astype(np.float64)
        if name == "sigmoid":
            s = 0.5 * (1.0 + np.tanh(0.5 * Z))
            return s * (1.0 - s)
        if name == "tanh":
            return 1.0 - np.tanh(Z) ** 2
        return np.ones_like(Z, dtype=np.float64)

    grads = {}
    delta = np.asarray(dout, dtype=np.float64) * _dact(caches[-1]["Z"], caches[-1]["activation"])
    rev = list(reversed(caches))
    for i, c in enumerate(rev):
        grads[f"W{i + 1}"] = c["A_prev"].T @ delta
        grads[f"b{i + 1}"] = delta.sum(axis=0)
        if i + 1 < len(rev):
            prev = rev[i + 1]
            delta = (delta @ c["W"].T) * _dact(prev["Z"], prev["activation"])
    return grads
