"""perceptron.neuron_gradient: dL/dz = y_hat - y without the 1/N: the gradient of the summed loss."""

import numpy as np


def neuron_gradient(X, y, w, b, model):
    X = np.asarray(X, dtype=np.float64)
    dz = (neuron_forward(X, w, b, model) - y) 
    return X.T @ dz, float(np.sum(dz))
