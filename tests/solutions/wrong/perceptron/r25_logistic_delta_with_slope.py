"""perceptron.neuron_gradient: the logistic delta keeps the sigmoid slope o (1 - o) of the squared-error delta rule, (o - y) o (1 - o) / N, not (o - y) / N"""
import numpy as np


def neuron_gradient(X, y, w, b, model):
    X = np.asarray(X, dtype=float)
    o = neuron_forward(X, w, b, model)
    delta = (o - np.asarray(y, dtype=float)) / X.shape[0]
    if model == "logistic":
        delta = delta * o * (1.0 - o)
    return X.T @ delta, float(np.sum(delta))
