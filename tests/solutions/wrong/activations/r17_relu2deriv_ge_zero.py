"""activations.relu_grad: Reads the ReLU derivative off the output with output >= 0, which is true everywhere: returns 1 for z < 0 too.

Habit: Trask's relu2deriv(output) = output > 0; written with >= it is 1 for every ReLU output (all are >= 0).
"""

import numpy as np


def relu_grad(z):
    output = np.maximum(0.0, np.asarray(z, dtype=np.float64))
    return (output >= 0) * 1.0
