"""normalization.layernorm_backward: dgamma and dbeta summed over each example's features (axis 1, shape (N,)) as layer
norm's statistics are, not over the batch (axis 0, shape (D,)).
"""

def layernorm_backward(dout, cache):
    """dgamma and dbeta summed over each example's features (axis 1, shape (N,)) as layer norm's statistics are, not over the batch (axis 0, shape (D,))."""
    x_hat, inv_std, gamma = cache["x_hat"], cache["inv_std"], cache["gamma"]
    g = dout * gamma
    dX = (g - g.mean(axis=1, keepdims=True) - x_hat * (g * x_hat).mean(axis=1, keepdims=True)) * inv_std
    return dX, np.sum(dout * x_hat, axis=1), np.sum(dout, axis=1)
