"""backprop.mlp_backward: Right: sigmoid'(z) as e^-|z| / (1 + e^-|z|)^2, an exact even form that saturates to 0 without overflow."""

def _r21_okx_grad(z, name):
    if name == "sigmoid":
        e = np.exp(-np.abs(z))        # sigma'(z) = e^-|z| / (1 + e^-|z|)^2, even in z
        return e / (1.0 + e) ** 2
    if name == "tanh":
        return 1 - np.tanh(z) ** 2
    if name == "relu":
        return (z > 0) * 1.0
    return np.ones_like(z)


def mlp_backward(dout, caches):
    grads = {}
    delta = dout * _r21_okx_grad(caches[-1]["Z"], caches[-1]["activation"])
    for l in range(len(caches), 0, -1):
        c = caches[l - 1]
        grads[f"W{l}"] = c["A_prev"].T @ delta
        grads[f"b{l}"] = delta.sum(axis=0)
        if l > 1:
            prev = caches[l - 2]
            delta = (delta @ c["W"].T) * _r21_okx_grad(prev["Z"], prev["activation"])
    return grads
