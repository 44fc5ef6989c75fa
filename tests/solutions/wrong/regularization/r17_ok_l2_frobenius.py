"""regularization.l2_penalty: RIGHT: np.linalg.norm of an array without ord is the 2-norm of all entries, so its square is sum(W^2).

Habit: Ng's np.sum(np.square(W)) written as a Frobenius norm.
"""

import numpy as np


def l2_penalty(params, lam):
    return float(lam / 2 * sum(np.linalg.norm(np.asarray(v, dtype=np.float64)) ** 2
                               for k, v in params.items() if k.startswith("W")))
