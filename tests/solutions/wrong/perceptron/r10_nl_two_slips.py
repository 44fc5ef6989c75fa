"""perceptron.neuron_loss: two slips: the linear loss summed without the 1/2, the logistic loss summed instead of averaged"""

import numpy as np


def neuron_loss(X, y, w, b, model):
    z = X @ w + b
    if model == "linear":
        return float(((z - y) ** 2).sum())
    return float((np.logaddexp(0, z) - y * z).sum())
