"""perceptron.neuron_gradient: (y - y_hat) / N, the sign flipped"""

import numpy as np


def neuron_gradient(X, y, w, b, model):
    dz = (y - neuron_forward(X, w, b, model)) / X.shape[0]
    return dz @ X, float(np.sum(dz))
