"""losses.bce_grad: -(Y/P - (1-Y)/(1-P)) / N written under pressure with the sign of the (1-Y) branch forgotten."""

import numpy as np


def bce_grad(P, Y):
    N = Y.shape[0]
    P = np.clip(P, 1e-12, 1 - 1e-12)
    return -(Y / P + (1 - Y) / (1 - P)) / N
