"""activations.sigmoid_grad: Applies Trask's sigmoid2deriv(output) = output * (1 - output) to z itself instead of to sigmoid(z).

Habit: Grokking Deep Learning computes the derivative from the layer's output; this student passes the input.
"""

import numpy as np


def sigmoid_grad(z):
    z = np.asarray(z, dtype=np.float64)
    return z * (1 - z)
