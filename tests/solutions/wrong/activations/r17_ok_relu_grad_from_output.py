"""activations.relu_grad: RIGHT: Trask's relu2deriv(output) = output > 0 applied to relu(z): positive output exactly where z > 0.

Habit: Grokking Deep Learning computes the derivative from the layer's output.
"""

import numpy as np


def relu_grad(z):
    z = np.asarray(z, dtype=np.float64)
    output = (z > 0) * z
    return (output > 0).astype(np.float64)
