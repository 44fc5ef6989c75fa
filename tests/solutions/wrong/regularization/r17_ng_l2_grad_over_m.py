"""regularization.l2_gradient: Returns lam / m * W with m the rows of W (Ng's (lambd / m) * W, m misread as the weight's first dimension).

Habit: deeplearning.ai's dW3 = 1/m * ... + (lambd / m) * W3.
"""

import numpy as np


def l2_gradient(params, lam):
    out = {}
    for k, v in params.items():
        v = np.asarray(v, dtype=np.float64)
        out[k] = lam / v.shape[0] * v if k.startswith("W") else np.zeros_like(v)
    return out
