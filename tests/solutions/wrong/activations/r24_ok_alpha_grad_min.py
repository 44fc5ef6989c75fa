"""activations.prelu_alpha_grad: right: min(z, 0) is 0 for z > 0 and z otherwise."""


def prelu_alpha_grad(z):
    return np.minimum(np.asarray(z, dtype=np.float64), 0.0)
