"""Batch norm and layer norm, forward and backward line by line ('becoming a backprop ninja', Karpathy).

The forward pass is broken into atoms (bnmeani, bndiff, bndiff2, bnvar,
bnvar_inv, bnraw); the backward pass is the one-line closed form he derives
at the end of that lecture, with the 1/n of the biased variance (no Bessel).
"""

import numpy as np

EPS = 1e-5


def batchnorm_forward(X, gamma, beta, running_mean, running_var, mode="train", momentum=0.9, eps=EPS):
    """Batch norm of X (N, D); returns (out, cache) with the running statistics in new arrays."""
    hprebn = np.asarray(X, dtype=float)
    bngain = np.asarray(gamma, dtype=float)
    bnbias = np.asarray(beta, dtype=float)
    if mode == "train":
        n = hprebn.shape[0]
        bnmeani = 1.0 / n * hprebn.sum(0)
        bndiff = hprebn - bnmeani
        bndiff2 = bndiff ** 2
        bnvar = 1.0 / n * bndiff2.sum(0)  # biased, as the docstring says
        bnmean_running = momentum * running_mean + (1 - momentum) * bnmeani
        bnvar_running = momentum * running_var + (1 - momentum) * bnvar
    else:
        bnmeani = np.asarray(running_mean, dtype=float)
        bnvar = np.asarray(running_var, dtype=float)
        bndiff = hprebn - bnmeani
        bnmean_running = np.array(running_mean, dtype=float)
        bnvar_running = np.array(running_var, dtype=float)
    bnvar_inv = (bnvar + eps) ** -0.5
    bnraw = bndiff * bnvar_inv
    hpreact = bngain * bnraw + bnbias
    cache = {"x_hat": bnraw, "inv_std": bnvar_inv, "gamma": bngain, "mode": mode,
             "running_mean": bnmean_running, "running_var": bnvar_running}
    return hpreact, cache


def batchnorm_backward(dout, cache):
    """Gradients of batch norm from dout (N, D): returns (dX, dgamma, dbeta)."""
    dhpreact = np.asarray(dout, dtype=float)
    bnraw = cache["x_hat"]
    bnvar_inv = cache["inv_std"]
    bngain = cache["gamma"]
    dbngain = (bnraw * dhpreact).sum(0)
    dbnbias = dhpreact.sum(0)
    if cache["mode"] == "train":
        n = dhpreact.shape[0]
        dhprebn = bngain * bnvar_inv / n * (n * dhpreact - dhpreact.sum(0) - bnraw * (dhpreact * bnraw).sum(0))
    else:
        dhprebn = dhpreact * bngain * bnvar_inv
    return dhprebn, dbngain, dbnbias


def layernorm_forward(X, gamma, beta, eps=EPS):
    """Layer norm of X (N, D) over each row; returns (out, {"x_hat", "inv_std" (N, 1), "gamma"})."""
    h = np.asarray(X, dtype=float)
    d = h.shape[1]
    lnmeani = 1.0 / d * h.sum(1, keepdims=True)
    lndiff = h - lnmeani
    lnvar = 1.0 / d * (lndiff ** 2).sum(1, keepdims=True)
    lnvar_inv = (lnvar + eps) ** -0.5
    lnraw = lndiff * lnvar_inv
    out = np.asarray(gamma, dtype=float) * lnraw + np.asarray(beta, dtype=float)
    return out, {"x_hat": lnraw, "inv_std": lnvar_inv, "gamma": np.asarray(gamma, dtype=float)}


def layernorm_backward(dout, cache):
    """Gradients of layer norm from dout (N, D): returns (dX, dgamma, dbeta)."""
    dout = np.asarray(dout, dtype=float)
    lnraw = cache["x_hat"]
    lnvar_inv = cache["inv_std"]
    dlnraw = dout * cache["gamma"]
    d = dout.shape[1]
    dh = lnvar_inv / d * (d * dlnraw - dlnraw.sum(1, keepdims=True) - lnraw * (dlnraw * lnraw).sum(1, keepdims=True))
    return dh, (dout * lnraw).sum(0), dout.sum(0)
