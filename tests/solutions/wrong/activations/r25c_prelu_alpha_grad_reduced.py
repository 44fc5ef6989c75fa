"""activations.prelu_alpha_grad: reduces over the batch like PyTorch's alpha.grad (shape (n,)), not elementwise of z's shape."""

def prelu_alpha_grad(z):
    z = np.asarray(z, dtype=np.float64)
    return np.where(z > 0, 0.0, z).sum(axis=0)
