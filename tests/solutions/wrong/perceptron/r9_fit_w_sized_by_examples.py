"""perceptron.fit_neuron: w = np.zeros(len(X)), one weight per example instead of per feature."""

import numpy as np


def fit_neuron(X, y, model, eta=0.1, steps=1000):
    w, b = np.zeros(len(X)), 0.0
    losses = []
    for _ in range(steps):
        losses.append(neuron_loss(X, y, w, b, model))
        w, b = neuron_gd_step(X, y, w, b, eta, model)
    return w, b, losses
