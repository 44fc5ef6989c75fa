"""activations.prelu_alpha_grad: returns the vector-Jacobian product summed over the batch (n,) instead of the elementwise (N, n) derivative."""


def prelu_alpha_grad(z):
    z = np.asarray(z, dtype=np.float64)
    return np.where(z > 0, 0.0, z).sum(axis=0)
