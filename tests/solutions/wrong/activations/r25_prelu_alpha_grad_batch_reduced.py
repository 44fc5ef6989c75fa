def prelu_alpha_grad(z):
    """activations.prelu_alpha_grad: reduces the floor of z and 0 down the batch (APL's first-axis reduction),
    the per-unit dL/dalpha with dA = 1, instead of the elementwise derivative of the shape of z."""
    return np.add.reduce(np.minimum(np.asarray(z, dtype=np.float64), 0.0), axis=0)
