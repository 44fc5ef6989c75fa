"""perceptron.neuron_loss: cross-entropy through p clipped to [1e-7, 1 - 1e-7]: caps the loss of a confidently wrong example"""

import numpy as np


def neuron_loss(X, y, w, b, model):
    z = X @ w + b
    if model == "linear":
        return float(0.5 * np.mean((z - y) ** 2))
    e = np.exp(-np.abs(z))
    p = np.clip(np.where(z >= 0, 1 / (1 + e), e / (1 + e)), 1e-7, 1 - 1e-7)
    return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))
