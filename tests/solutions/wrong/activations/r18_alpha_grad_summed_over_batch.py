"""activations.prelu_alpha_grad: sums dg/dalpha over the batch (the per-unit slope's gradient, 6.036's dLdW0 habit) and returns (n,), where the docstring asks the elementwise derivative in the shape of z."""

def prelu_alpha_grad(z):
    Zt = np.asarray(z, dtype=np.float64).T
    return np.sum(np.where(Zt > 0, 0.0, Zt), axis=-1)
