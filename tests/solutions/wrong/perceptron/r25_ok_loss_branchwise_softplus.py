"""perceptron.neuron_loss: right: the logistic loss by branches, log1p(e^-|z|) + max(z, 0) - y z, stable for z of any sign"""
import numpy as np


def neuron_loss(X, y, w, b, model):
    z = np.asarray(X, dtype=float) @ np.asarray(w, dtype=float) + b
    y = np.asarray(y, dtype=float)
    if model == "linear":
        return float(np.sum((z - y) ** 2) / (2 * z.shape[0]))
    return float(np.mean(np.log1p(np.exp(-np.abs(z))) + np.maximum(z, 0.0) - y * z))
