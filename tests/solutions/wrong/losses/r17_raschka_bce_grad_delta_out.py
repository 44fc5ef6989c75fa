"""losses.bce_grad: Returns (P - Y) / N, Raschka's delta_out = a_out - y_enc: the gradient w.r.t. the sigmoid's z, not w.r.t. P.

Habit: NeuralNetMLP's output delta, which already folds in the sigmoid derivative P (1 - P).
"""

import numpy as np


def bce_grad(P, Y):
    return (np.asarray(P, dtype=np.float64) - np.asarray(Y, dtype=np.float64)) / max(np.shape(Y)[0], 1)
