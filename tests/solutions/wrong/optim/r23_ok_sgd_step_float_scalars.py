"""optim.sgd_step: right: the unrolled theta rolled back turns a plain-number parameter into a Python float (the docstring allows numbers) and arrays into float64 arrays of the same shape"""

import numpy as np


def sgd_step(params, grads, eta):
    """theta = [p(:) for each key]; theta - eta * grad; each block reshaped to its shape, numbers back to floats."""
    out = {}
    for k, v in params.items():
        new = np.asarray(v, dtype=np.float64).ravel(order="F") - eta * np.asarray(grads[k], dtype=np.float64).ravel(order="F")
        out[k] = float(new[0]) if np.ndim(v) == 0 else new.reshape(np.shape(v), order="F")
    return out
