"""optim.sgd_step: RIGHT: a new dict of float copies updated in place (-=): the caller's dict and arrays are never touched.

Habit: Ng's update_parameters loop, run on copy.deepcopy-like private copies.
"""

import numpy as np


def sgd_step(params, grads, eta):
    new = {k: np.array(v, dtype=np.float64) for k, v in params.items()}
    for k in new:
        new[k] -= eta * np.asarray(grads[k], dtype=np.float64)
    return new
