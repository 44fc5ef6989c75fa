"""activations.step: Uses z > 0, so step(0) = 0 where the perceptron's step gives 1 (g(z) = 1 if z >= 0).

Habit: Trask's (x > 0) mask from relu reused as the step function.
"""

import numpy as np


def step(z):
    return (np.asarray(z, dtype=np.float64) > 0) * 1.0
