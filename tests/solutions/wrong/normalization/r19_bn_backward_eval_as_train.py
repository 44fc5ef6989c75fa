"""normalization.batchnorm_backward: Backpropagates through the batch mean and variance in eval mode too, where they are
the running (constant) statistics.
"""

def batchnorm_backward(dout, cache):
    """Backpropagates through the batch mean and variance in eval mode too, where they are the running (constant) statistics."""
    x_hat, inv_std, gamma = cache["x_hat"], cache["inv_std"], cache["gamma"]
    g = dout * gamma
    dX = (g - g.mean(axis=0) - x_hat * (g * x_hat).mean(axis=0)) * inv_std
    return dX, np.sum(dout * x_hat, axis=0), np.sum(dout, axis=0)
