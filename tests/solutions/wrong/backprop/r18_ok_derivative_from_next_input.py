"""backprop.mlp_backward: right; 6.036's Sigmoid/Tanh backward reads the stored output A: layer l's output is layer l+1's cached input A_prev, so s (1 - s) and 1 - t^2 come from it (the last layer's from g(Z_L))."""

def _r18_ok_out(name, Z):
    if name == "sigmoid":
        E = np.exp(-np.abs(Z))
        return np.where(Z >= 0, 1.0 / (1.0 + E), E / (1.0 + E))
    return {"identity": Z, "tanh": np.tanh(Z), "relu": np.maximum(0, Z)}[name]


def _r18_ok_from_out(name, A, Z):
    return {"identity": np.ones_like(Z), "sigmoid": A * (1 - A), "tanh": 1 - A ** 2,
            "relu": (Z > 0).astype(np.float64)}[name]


def mlp_backward(dout, caches):
    L = len(caches)
    dLdA = np.asarray(dout, dtype=np.float64).T
    grads = {}
    for l in range(L, 0, -1):
        c = caches[l - 1]
        Zt = np.asarray(c["Z"], dtype=np.float64).T
        At = np.asarray(caches[l]["A_prev"], dtype=np.float64).T if l < L else _r18_ok_out(c["activation"], Zt)
        dLdZ = dLdA * _r18_ok_from_out(c["activation"], At, Zt)
        grads["W%d" % l] = np.asarray(c["A_prev"], dtype=np.float64).T @ dLdZ.T
        grads["b%d" % l] = np.sum(dLdZ, axis=1)
        dLdA = np.asarray(c["W"], dtype=np.float64) @ dLdZ
    return grads
