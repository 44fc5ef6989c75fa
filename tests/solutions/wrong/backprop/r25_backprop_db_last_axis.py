def mlp_backward(dout, caches):
    """backprop.mlp_backward: db_l reduces delta_l along the LAST axis (APL's +/ instead of +⌿), one number per
    example (N,) instead of one per unit (n_l,)."""
    dg = {"identity": np.ones_like, "sigmoid": lambda Z: np.exp(-np.logaddexp(0.0, -Z) - np.logaddexp(0.0, Z)),
          "tanh": lambda Z: 1.0 - np.tanh(Z) ** 2, "relu": lambda Z: (Z > 0) * 1.0}
    grads, da = {}, np.asarray(dout, dtype=np.float64)
    for l in range(len(caches), 0, -1):
        c = caches[l - 1]
        delta = da * dg[c["activation"]](c["Z"])
        grads[f"W{l}"] = c["A_prev"].T @ delta
        grads[f"b{l}"] = np.add.reduce(delta, axis=-1)
        da = delta @ c["W"].T
    return grads
