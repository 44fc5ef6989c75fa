"""perceptron.neuron_forward: logistic output 1 / (1 + np.exp(-z)): overflow RuntimeWarning for z around -1000."""

import numpy as np


def neuron_forward(X, w, b, model):
    z = np.asarray(X, dtype=np.float64) @ w + b
    if model == "linear":
        return z
    return 1.0 / (1.0 + np.exp(-z))
