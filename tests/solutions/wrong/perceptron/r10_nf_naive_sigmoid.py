"""perceptron.neuron_forward: logistic output 1 / (1 + np.exp(-z)): overflow RuntimeWarning for z = -1000"""

import numpy as np


def neuron_forward(X, w, b, model):
    z = X @ w + b
    if model == "logistic":
        return 1.0 / (1.0 + np.exp(-z))
    return z
