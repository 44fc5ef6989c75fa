def mlp_backward(dout, caches):
    """backprop.mlp_backward: the relu derivative is taken as the signum of Z (APL's monadic x), -1 instead of 0
    where Z < 0, so gradients flow backwards, sign flipped, through inactive units."""
    dg = {"identity": np.ones_like, "sigmoid": lambda Z: np.exp(-np.logaddexp(0.0, -Z) - np.logaddexp(0.0, Z)),
          "tanh": lambda Z: 1.0 - np.tanh(Z) ** 2, "relu": np.sign}
    grads, da = {}, np.asarray(dout, dtype=np.float64)
    for l in range(len(caches), 0, -1):
        c = caches[l - 1]
        delta = da * dg[c["activation"]](c["Z"])
        grads[f"W{l}"] = c["A_prev"].T @ delta
        grads[f"b{l}"] = np.add.reduce(delta, axis=0)
        da = delta @ c["W"].T
    return grads
