"""optim.sgd_step: theta unrolled with order='F' but rolled back with NumPy's default C-order reshape: the entries of every non-square matrix are scrambled"""

import numpy as np


def sgd_step(params, grads, eta):
    """theta = [W1(:); ...]; theta - eta * grad; reshape(theta(block), shape) without order='F'."""
    keys = list(params)
    theta = np.concatenate([np.asarray(params[k], dtype=np.float64).ravel(order="F") for k in keys])
    grad = np.concatenate([np.asarray(grads[k], dtype=np.float64).ravel(order="F") for k in keys])
    theta = theta - eta * grad
    out, pos = {}, 0
    for k in keys:
        shape = np.shape(params[k])
        size = int(np.prod(shape))
        out[k] = theta[pos:pos + size].reshape(shape)
        pos += size
    return out
