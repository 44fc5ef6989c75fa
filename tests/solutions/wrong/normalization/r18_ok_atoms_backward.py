"""normalization.batchnorm_backward: Right: the atom-by-atom backward of 'becoming a backprop ninja' (dbnraw,
dbnvar_inv, dbnvar, dbndiff, dbnmeani) with the biased 1/n variance, rebuilding bndiff = x_hat / inv_std from the
cache.
"""

def batchnorm_backward(dout, cache):
    """Right: the atom-by-atom backward of 'becoming a backprop ninja' (dbnraw, dbnvar_inv, dbnvar, dbndiff, dbnmeani) with the biased 1/n variance, rebuilding bndiff = x_hat / inv_std from the cache."""
    bnraw, bnvar_inv, bngain = cache["x_hat"], cache["inv_std"], cache["gamma"]
    dbngain = (dout * bnraw).sum(0)
    dbnbias = dout.sum(0)
    dbnraw = dout * bngain
    if cache["mode"] != "train":
        return dbnraw * bnvar_inv, dbngain, dbnbias
    n = dout.shape[0]
    bndiff = bnraw / bnvar_inv
    dbndiff = dbnraw * bnvar_inv
    dbnvar_inv = (dbnraw * bndiff).sum(0)
    dbnvar = -0.5 * bnvar_inv ** 3 * dbnvar_inv
    dbndiff2 = np.ones_like(bndiff) / n * dbnvar
    dbndiff = dbndiff + 2 * bndiff * dbndiff2
    dbnmeani = -dbndiff.sum(0)
    dhprebn = dbndiff + np.ones_like(bndiff) / n * dbnmeani
    return dhprebn, dbngain, dbnbias
