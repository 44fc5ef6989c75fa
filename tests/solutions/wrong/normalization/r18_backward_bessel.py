"""normalization.batchnorm_backward: Copies the lecture's closed form for a Bessel-corrected forward, dX = gamma
inv_std / n (n dout - sum dout - n/(n-1) x_hat sum(dout x_hat)): the n/(n-1) factor is wrong for the biased variance
used here.
"""

def batchnorm_backward(dout, cache):
    """Copies the lecture's closed form for a Bessel-corrected forward, dX = gamma inv_std / n (n dout - sum dout - n/(n-1) x_hat sum(dout x_hat)): the n/(n-1) factor is wrong for the biased variance used here."""
    bnraw, bnvar_inv, bngain = cache["x_hat"], cache["inv_std"], cache["gamma"]
    dbngain = (dout * bnraw).sum(0)
    dbnbias = dout.sum(0)
    if cache["mode"] != "train":
        return dout * bngain * bnvar_inv, dbngain, dbnbias
    n = dout.shape[0]
    dhprebn = bngain * bnvar_inv / n * (n * dout - dout.sum(0) - n / (n - 1) * bnraw * (dout * bnraw).sum(0))
    return dhprebn, dbngain, dbnbias
