"""perceptron.neuron_loss: cross-entropy from p = sigmoid(z) with log(p), log(1 - p): log(0) at saturated z"""

import numpy as np


def neuron_loss(X, y, w, b, model):
    z = X @ w + b
    if model == "linear":
        return float(np.mean((z - y) ** 2) / 2)
    e = np.exp(-np.abs(z))
    p = np.where(z >= 0, 1 / (1 + e), e / (1 + e))
    return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))
