"""perceptron.neuron_loss: logistic loss as log1p(exp(-z)) + (1 - y) z, stable for large positive z but overflows (inf) for large negative z"""
import numpy as np


def neuron_loss(X, y, w, b, model):
    z = X @ w + b
    if model == "linear":
        return float(np.mean((z - y) ** 2) / 2)
    return float(np.mean(np.log1p(np.exp(-z)) + (1 - y) * z))
