"""activations.prelu_alpha_grad: returns the batch sum (n,) of the elementwise derivative instead of the elementwise array of z's shape."""


def prelu_alpha_grad(z):
    z = np.asarray(z, dtype=np.float64)
    return np.where(z > 0, 0.0, z).sum(axis=0)
