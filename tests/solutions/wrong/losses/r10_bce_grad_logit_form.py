"""losses.bce_grad: (P - Y) / N, the gradient with respect to the logit (sigmoid + BCE), not to P"""

import numpy as np

def bce_grad(P, Y):
    P = np.clip(P, 1e-12, 1 - 1e-12)
    return (P - Y) / Y.shape[0]
