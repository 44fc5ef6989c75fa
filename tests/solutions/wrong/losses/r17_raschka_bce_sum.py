"""losses.bce: Returns the cross-entropy SUMMED over the batch (Raschka's _compute_cost), not averaged: N times too large.

Habit: Raschka's NeuralNetMLP cost = np.sum(term1 - term2), a total over examples.
"""

import numpy as np


def bce(P, Y):
    output = np.clip(np.asarray(P, dtype=np.float64), 1e-12, 1 - 1e-12)
    y_enc = np.asarray(Y, dtype=np.float64)
    return float(np.sum(-y_enc * np.log(output) - (1.0 - y_enc) * np.log(1.0 - output)))
