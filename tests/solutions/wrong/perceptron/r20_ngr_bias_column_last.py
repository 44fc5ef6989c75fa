"""perceptron.neuron_gradient: the bias column is prepended (np.c_[ones, X]) but the bias gradient is read from the last entry, so dL/db and the last dL/dw are mixed up"""
import numpy as np


def neuron_gradient(X, y, w, b, model):
    m = len(y)
    X_b = np.c_[np.ones(m), np.asarray(X, dtype=float)]
    gradients = 1 / m * X_b.T @ (neuron_forward(X, w, b, model) - y)
    return gradients[:-1], float(gradients[-1])
