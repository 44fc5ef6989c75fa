def mlp_backward(dout, caches):
    """backprop.mlp_backward: dW_l as np.multiply.outer(A_prev, delta_l) reduced over both batch axes, which sums
    A_n delta_m over EVERY pair of examples instead of the matching pairs n = m (right only for N = 1)."""
    dg = {"identity": np.ones_like, "sigmoid": lambda Z: np.exp(-np.logaddexp(0.0, -Z) - np.logaddexp(0.0, Z)),
          "tanh": lambda Z: 1.0 - np.tanh(Z) ** 2, "relu": lambda Z: (Z > 0) * 1.0}
    grads, da = {}, np.asarray(dout, dtype=np.float64)
    for l in range(len(caches), 0, -1):
        c = caches[l - 1]
        delta = da * dg[c["activation"]](c["Z"])
        grads[f"W{l}"] = np.add.reduce(np.add.reduce(np.multiply.outer(c["A_prev"], delta), axis=0), axis=1)
        grads[f"b{l}"] = np.add.reduce(delta, axis=0)
        da = delta @ c["W"].T
    return grads
