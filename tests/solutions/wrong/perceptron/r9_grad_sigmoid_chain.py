"""perceptron.neuron_gradient: logistic dL/dz = (y_hat - y) y_hat (1 - y_hat) / N, the squared-error chain through the sigmoid instead of cross-entropy's (y_hat - y) / N."""

import numpy as np


def neuron_gradient(X, y, w, b, model):
    X = np.asarray(X, dtype=np.float64)
    p = neuron_forward(X, w, b, model)
    dz = (p - y) / X.shape[0]
    if model == "logistic":
        dz = dz * p * (1 - p)
    return X.T @ dz, float(np.sum(dz))
