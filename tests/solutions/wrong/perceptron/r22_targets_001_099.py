"""perceptron.neuron_loss: rescales the 0/1 labels to Rashid's targets 0.01/0.99 before the cross-entropy (the linear loss too)."""

import numpy as np


def neuron_loss(X, y, w, b, model):
    targets = np.asarray(y, dtype=np.float64) * 0.98 + 0.01
    z = np.asarray(X, dtype=np.float64) @ np.asarray(w, dtype=np.float64) + b
    if model == "logistic":
        return float(np.mean(np.logaddexp(0.0, z) - targets * z))
    return float(0.5 * np.mean((z - targets) ** 2))
