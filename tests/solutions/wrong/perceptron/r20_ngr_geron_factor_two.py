"""perceptron.neuron_gradient: Geron's MSE gradient 2/m X_b^T (X_b theta - y), twice dL/dw and dL/db of the half-MSE and of the cross-entropy"""
import numpy as np


def neuron_gradient(X, y, w, b, model):
    m = len(y)
    X_b = np.c_[np.ones(m), np.asarray(X, dtype=float)]
    gradients = 2 / m * X_b.T @ (neuron_forward(X, w, b, model) - y)
    return gradients[1:], float(gradients[0])
