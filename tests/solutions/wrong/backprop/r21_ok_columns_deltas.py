"""backprop.mlp_backward: Right: Julia column-major deltas (n_l, N): dW = (delta A_prev)^T, db = sum over dims=2 (axis=1 of the columns), delta_prev = W delta."""

def _r21_okc_grad(z, name):
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
    dt = np.asarray(dout, dtype=np.float64).T
    for l in range(len(caches), 0, -1):
        c = caches[l - 1]
        dt = dt * _r21_okc_grad(np.asarray(c["Z"], dtype=np.float64).T, c["activation"])
        grads[f"W{l}"] = (dt @ np.asarray(c["A_prev"], dtype=np.float64)).T
        grads[f"b{l}"] = dt.sum(axis=1)
        dt = np.asarray(c["W"], dtype=np.float64) @ dt
    return grads
