"""backprop.mlp_backward: dout read as Hagan's error e = t - a, so the sensitivities start as -F'(n) e: every gradient has the wrong sign."""

def _r20c_sig(f):
    e = np.exp(-np.abs(f))
    return np.where(f >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def _r20c_dact(name, f):
    if name == "relu":
        return (f > 0).astype(float)
    if name == "sigmoid":
        s = _r20c_sig(f)
        return s * (1 - s)
    if name == "tanh":
        return 1 - np.tanh(f) ** 2
    return np.ones_like(f)


def mlp_backward(dout, caches):
    grads = {}
    s = -_r20c_dact(caches[-1]["activation"], caches[-1]["Z"]) * dout
    for k in range(len(caches), 0, -1):
        c = caches[k - 1]
        grads[f"W{k}"] = c["A_prev"].T @ s
        grads[f"b{k}"] = s.sum(axis=0)
        if k > 1:
            s = (s @ c["W"].T) * _r20c_dact(caches[k - 2]["activation"], caches[k - 2]["Z"])
    return grads
