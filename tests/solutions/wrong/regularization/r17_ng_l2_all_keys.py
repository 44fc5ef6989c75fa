"""regularization.l2_penalty: Sums the squares of every parameter, biases included (a loop over all of `parameters`), not only the weights.

Habit: deeplearning.ai's np.sum(np.square(W1)) + ... generalised to "for key in parameters".
"""

import numpy as np


def l2_penalty(params, lam):
    total = 0.0
    for key in params:
        total += np.sum(np.square(np.asarray(params[key], dtype=np.float64)))
    return float(lam / 2 * total)
