"""losses.cross_entropy_with_logits: Scores each logit with a sigmoid and binary cross-entropy per unit (Raschka's NeuralNetMLP output), not softmax.

Habit: Raschka's MLP puts a sigmoid on every output unit with the one-hot y_enc and the two-term log loss.
"""

import numpy as np


def cross_entropy_with_logits(Z, Y):
    Z = np.asarray(Z, dtype=np.float64)
    y_enc = np.asarray(Y, dtype=np.float64)
    output = 1.0 / (1.0 + np.exp(-np.clip(Z, -250, 250)))
    output = np.clip(output, 1e-12, 1 - 1e-12)
    cost = np.sum(-y_enc * np.log(output) - (1.0 - y_enc) * np.log(1.0 - output))
    return float(cost / Z.shape[0]) if Z.shape[0] else float("nan")
