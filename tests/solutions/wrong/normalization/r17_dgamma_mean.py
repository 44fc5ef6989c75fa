"""normalization.batchnorm_backward: dgamma and dbeta averaged over the batch (mean over axis 0) instead of summed.

Habit: fast.ai's foundations divide by the batch size in the loss's gradient, here again in the parameters'.
"""


def batchnorm_backward(dout, cache):
    x_hat, inv_std, gamma = cache["x_hat"], cache["inv_std"], cache["gamma"]
    g = dout * gamma
    if cache["mode"] == "train":
        dX = (g - g.mean(0) - x_hat * (g * x_hat).mean(0)) * inv_std
    else:
        dX = g * inv_std
    return dX, (dout * x_hat).mean(0), dout.mean(0)
