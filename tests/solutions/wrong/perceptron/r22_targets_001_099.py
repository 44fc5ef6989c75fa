"""perceptron.neuron_loss: rescales logistic regression's 0/1 labels to Rashid's targets 0.01/0.99 before the cross-entropy."""

import numpy as np


def neuron_loss(X, y, w, b, model):
    z = np.asarray(X, dtype=np.float64) @ np.asarray(w, dtype=np.float64) + b
    if model == "logistic":
        # Make Your Own Neural Network: targets 0.01 and 0.99, a sigmoid never reaches 0 or 1
        targets = np.asarray(y, dtype=np.float64) * 0.98 + 0.01
        return float(np.mean(np.logaddexp(0.0, z) - targets * z))
    return float(0.5 * np.mean((z - np.asarray(y, dtype=np.float64)) ** 2))
