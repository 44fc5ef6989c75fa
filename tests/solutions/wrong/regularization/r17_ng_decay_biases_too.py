"""regularization.weight_decay_step: Adds lambd * param to every gradient, biases included: biases must take a plain step.

Habit: deeplearning.ai adds (lambd / m) * W to dW only; this student looped over all keys.
"""

import numpy as np


def weight_decay_step(params, grads, eta, lam):
    return {k: np.asarray(params[k], dtype=np.float64)
            - eta * (np.asarray(grads[k], dtype=np.float64) + lam * np.asarray(params[k], dtype=np.float64))
            for k in params}
