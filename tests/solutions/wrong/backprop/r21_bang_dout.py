"""backprop.mlp_backward: Multiplies g'(Z_L) into the caller's dout in place (delta = dout; delta *= ...): right gradients, but dout is changed."""

def _r21_bang_grad(z, name):
    if name == "sigmoid":
        e = np.exp(-np.abs(z))
        s = np.where(z >= 0, 1 / (1 + e), e / (1 + e))
        return s * (1 - s)
    if name == "tanh":
        return 1 - np.tanh(z) ** 2
    if name == "relu":
        return (z > 0) * 1.0
    return np.ones_like(z)


def mlp_backward(dout, caches):
    grads = {}
    delta = dout
    delta *= _r21_bang_grad(caches[-1]["Z"], caches[-1]["activation"])
    for l in range(len(caches), 0, -1):
        c = caches[l - 1]
        grads[f"W{l}"] = c["A_prev"].T @ delta
        grads[f"b{l}"] = delta.sum(axis=0)
        if l > 1:
            prev = caches[l - 2]
            delta = (delta @ c["W"].T) * _r21_bang_grad(prev["Z"], prev["activation"])
    return grads
