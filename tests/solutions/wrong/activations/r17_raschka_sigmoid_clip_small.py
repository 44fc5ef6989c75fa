"""activations.sigmoid: Clips z to [-5, 5] before the exp (Raschka clips to [-250, 250]): every |z| > 5 saturates far too early.

Habit: Raschka's np.clip(z, -250, 250), with the bound shrunk by a student who thought 5 was already "large".
"""

import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-np.clip(np.asarray(z, dtype=np.float64), -5, 5)))
