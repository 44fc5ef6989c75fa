"""activations.step_grad: np.zeros(len(z)), the shape of the first axis only."""

import numpy as np


def step_grad(z):
    return np.zeros(len(z))
