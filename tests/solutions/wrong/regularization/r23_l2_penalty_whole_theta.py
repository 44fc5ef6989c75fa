"""regularization.l2_penalty: (lambda/2) * sum(theta.^2) over the whole unrolled theta: the biases are penalised too"""

import numpy as np


def l2_penalty(params, lam):
    """theta = [W1(:); b1(:); ...]; penalty = lambda/2 * theta' * theta."""
    theta = np.concatenate([np.asarray(v, dtype=np.float64).ravel(order="F") for v in params.values()])
    return float(lam / 2 * (theta @ theta))
