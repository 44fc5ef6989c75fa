"""perceptron.neuron_loss: linear loss mean (z - y)^2 without the 1/2 the course's loss has."""

import numpy as np


def neuron_loss(X, y, w, b, model):
    z = np.asarray(X, dtype=np.float64) @ w + b
    if model == "linear":
        return float(np.mean((z - y) ** 2))
    return float(np.mean(np.logaddexp(0.0, z) - y * z))
