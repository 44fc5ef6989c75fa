"""perceptron.fit_neuron: starts from w = 1 instead of w = 0"""

import numpy as np


def fit_neuron(X, y, model, eta=0.1, steps=1000):
    w, b, losses = np.ones(X.shape[1]), 0.0, []
    for _ in range(steps):
        losses.append(neuron_loss(X, y, w, b, model))
        w, b = neuron_gd_step(X, y, w, b, eta, model)
    return w, b, losses
