"""normalization.batchnorm_backward: uses the train-mode standardisation backward in eval mode too, although the running
statistics are constants there (dX = dout * gamma / sqrt(running_var + eps))."""

def batchnorm_backward(dout, cache):
    x_hat, inv_std, gamma = cache["x_hat"], cache["inv_std"], cache["gamma"]
    dX = _standardize_backward(dout * gamma, x_hat, inv_std, 0)
    return dX, (dout * x_hat).sum(axis=0), dout.sum(axis=0)
