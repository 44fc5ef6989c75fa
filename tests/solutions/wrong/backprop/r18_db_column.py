"""backprop.mlp_backward: returns every db_l as 6.036's column dLdW0 (n_l, 1) instead of the bias's shape (n_l,)."""

def _r18_dcol(name, Z):
    if name == "sigmoid":
        s = 0.5 * (1.0 + np.tanh(Z / 2))
        return s * (1 - s)
    return {"identity": np.ones_like(Z), "tanh": 1 - np.tanh(Z) ** 2, "relu": (Z > 0).astype(np.float64)}[name]


def mlp_backward(dout, caches):
    dLdA = np.asarray(dout, dtype=np.float64).T
    grads = {}
    for l in range(len(caches), 0, -1):
        c = caches[l - 1]
        dLdZ = dLdA * _r18_dcol(c["activation"], np.asarray(c["Z"], dtype=np.float64).T)
        grads["W%d" % l] = np.asarray(c["A_prev"], dtype=np.float64).T @ dLdZ.T
        grads["b%d" % l] = np.sum(dLdZ, axis=1, keepdims=True)
        dLdA = np.asarray(c["W"], dtype=np.float64) @ dLdZ
    return grads
