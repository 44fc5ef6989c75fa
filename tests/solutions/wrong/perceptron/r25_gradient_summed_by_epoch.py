"""perceptron.neuron_gradient: sums the weight changes over the patterns ('learning by epoch') instead of averaging: N times the gradient"""
import numpy as np


def neuron_gradient(X, y, w, b, model):
    X = np.asarray(X, dtype=float)
    delta = neuron_forward(X, w, b, model) - np.asarray(y, dtype=float)
    return X.T @ delta, float(np.sum(delta))
