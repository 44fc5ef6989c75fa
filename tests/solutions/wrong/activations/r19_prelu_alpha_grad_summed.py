"""activations.prelu_alpha_grad: returns what torch puts in PReLU.weight.grad (summed over the batch, shape (n,)) instead of the elementwise dg/dalpha of z's shape."""

def prelu_alpha_grad(z):
    x = np.asarray(z, dtype=np.float64)
    return np.where(x > 0, 0.0, x).sum(axis=0)
