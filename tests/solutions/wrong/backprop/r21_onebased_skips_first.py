"""backprop.mlp_backward: Preallocates every gradient with np.zeros_like, then loops `for l in range(L - 1, 0, -1)` over 0-based cache indices: layer 1 stays zero."""

def _r21_ob_grad(z, name):
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
    L = len(caches)
    grads = {}
    for l, c in enumerate(caches, start=1):
        grads[f"W{l}"] = np.zeros_like(c["W"], dtype=np.float64)
        grads[f"b{l}"] = np.zeros_like(c["b"], dtype=np.float64)
    delta = dout * _r21_ob_grad(caches[-1]["Z"], caches[-1]["activation"])
    for i in range(L - 1, 0, -1):
        c = caches[i]
        grads[f"W{i + 1}"][...] = c["A_prev"].T @ delta
        grads[f"b{i + 1}"][...] = delta.sum(axis=0)
        prev = caches[i - 1]
        delta = (delta @ c["W"].T) * _r21_ob_grad(prev["Z"], prev["activation"])
    return grads
