"""perceptron.neuron_loss: logistic loss as np.log(p + 1e-9) of the sigmoid instead of stably from z: a confident wrong z = 50 costs 20.7, not 50."""

import numpy as np


def neuron_loss(X, y, w, b, model):
    z = X @ w + b
    if model == "linear":
        return float(np.sum((z - y) ** 2) / (2 * len(y)))
    p = 0.5 * (1 + np.tanh(0.5 * z))
    return float(-np.mean(y * np.log(p + 1e-9) + (1 - y) * np.log(1 - p + 1e-9)))
