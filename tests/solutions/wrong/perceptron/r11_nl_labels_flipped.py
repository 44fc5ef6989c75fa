"""perceptron.neuron_loss: stable logistic loss written as softplus(z) - (1 - y) z, labels flipped"""
import numpy as np


def neuron_loss(X, y, w, b, model):
    z = X @ w + b
    if model == "linear":
        return float(np.mean((z - y) ** 2) / 2)
    return float(np.mean(np.logaddexp(0, z) - (1 - y) * z))
