"""perceptron.neuron_loss: logistic loss from y_hat = sigmoid(z) clipped to [1e-7, 1 - 1e-7] (the Keras trick) instead of stably from z: wrong for confident predictions."""

import numpy as np


def neuron_loss(X, y, w, b, model):
    z = np.asarray(X, dtype=np.float64) @ w + b
    if model == "linear":
        return float(0.5 * np.mean((z - y) ** 2))
    p = np.clip(neuron_forward(X, w, b, model), 1e-7, 1 - 1e-7)
    return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))
