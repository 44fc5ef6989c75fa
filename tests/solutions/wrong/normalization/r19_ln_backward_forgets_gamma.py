"""normalization.layernorm_backward: dX from dout itself: the local derivative gamma of y = gamma x_hat + beta is left
out of the gradient reaching x_hat.
"""

def layernorm_backward(dout, cache):
    """dX from dout itself: the local derivative gamma of y = gamma x_hat + beta is left out of the gradient reaching x_hat."""
    x_hat, inv_std = cache["x_hat"], cache["inv_std"]
    g = dout
    dX = (g - g.mean(axis=1, keepdims=True) - x_hat * (g * x_hat).mean(axis=1, keepdims=True)) * inv_std
    return dX, np.sum(dout * x_hat, axis=0), np.sum(dout, axis=0)
