"""perceptron.neuron_gradient: dL/db = mean(dL/dz) instead of sum(dL/dz): the 1/N applied twice to the bias."""

import numpy as np


def neuron_gradient(X, y, w, b, model):
    X = np.asarray(X, dtype=np.float64)
    dz = (neuron_forward(X, w, b, model) - y) / X.shape[0]
    return X.T @ dz, float(np.mean(dz))
