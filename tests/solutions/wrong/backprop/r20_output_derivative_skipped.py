"""backprop.mlp_backward: delta_L = dout, without the output activation's derivative (Prince's dl/df_K of a linear last layer)."""

def _r20b_sig(f):
    e = np.exp(-np.abs(f))
    return np.where(f >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def _r20b_dact(name, f):
    if name == "relu":
        return (f > 0).astype(float)
    if name == "sigmoid":
        s = _r20b_sig(f)
        return s * (1 - s)
    if name == "tanh":
        return 1 - np.tanh(f) ** 2
    return np.ones_like(f)


def mlp_backward(dout, caches):
    grads = {}
    delta = np.asarray(dout, dtype=float)
    for k in range(len(caches), 0, -1):
        c = caches[k - 1]
        grads[f"W{k}"] = c["A_prev"].T @ delta
        grads[f"b{k}"] = delta.sum(axis=0)
        if k > 1:
            delta = (delta @ c["W"].T) * _r20b_dact(caches[k - 2]["activation"], caches[k - 2]["Z"])
    return grads
