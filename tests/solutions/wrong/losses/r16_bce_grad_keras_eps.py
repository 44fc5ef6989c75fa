"""losses.bce_grad: Keras' epsilon: P clipped to [1e-7, 1 - 1e-7] instead of [1e-12, 1 - 1e-12] (wrong only for P within 1e-7 of 0 or 1)"""

import numpy as np


def bce_grad(P, Y):
    P = np.clip(P, 1e-7, 1 - 1e-7)
    return (P - Y) / (P * (1 - P)) / P.shape[0]
