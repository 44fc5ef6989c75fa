"""perceptron.fit_neuron: starts from Rashid's random weights np.random.normal(0.0, pow(d, -0.5)) instead of w = 0, so runs differ and losses[0] is not the loss at zero."""

import numpy as np


def fit_neuron(X, y, model, eta=0.1, steps=1000):
    d = np.asarray(X).shape[1]
    w, b = np.random.normal(0.0, pow(d, -0.5), d), 0.0
    losses = []
    for _ in range(steps):
        losses.append(neuron_loss(X, y, w, b, model))
        w, b = neuron_gd_step(X, y, w, b, eta, model)
    return w, b, losses
