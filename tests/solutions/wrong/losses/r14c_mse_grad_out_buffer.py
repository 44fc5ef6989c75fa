"""losses.mse_grad: subtracts into one module-level output array per shape and returns it: the caller's earlier gradient changes"""
import numpy as np

_r14c_mg_out = {}


def mse_grad(Y_hat, Y):
    Y_hat = np.asarray(Y_hat, dtype=float)
    out = _r14c_mg_out.setdefault(Y_hat.shape, np.empty(Y_hat.shape))
    np.subtract(Y_hat, Y, out=out)
    out /= max(Y_hat.shape[0], 1) if Y_hat.ndim else 1
    return out
