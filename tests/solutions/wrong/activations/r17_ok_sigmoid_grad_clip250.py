"""activations.sigmoid_grad: RIGHT: s (1 - s) with Raschka's sigmoid, z clipped to [-250, 250]: the clip changes values only below 1e-108.

Habit: Raschka's NeuralNetMLP._sigmoid and its derivative a_h * (1 - a_h).
"""

import numpy as np


def sigmoid_grad(z):
    s = 1.0 / (1.0 + np.exp(-np.clip(np.asarray(z, dtype=np.float64), -250, 250)))
    return s * (1.0 - s)
