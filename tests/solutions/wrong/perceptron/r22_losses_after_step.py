"""perceptron.fit_neuron: records each loss after its step instead of before, so losses[0] is not the loss at w = 0, b = 0."""

import numpy as np


def fit_neuron(X, y, model, eta=0.1, steps=1000):
    w, b = np.zeros(np.asarray(X).shape[1]), 0.0
    losses = []
    for _ in range(steps):
        w, b = neuron_gd_step(X, y, w, b, eta, model)
        losses.append(neuron_loss(X, y, w, b, model))
    return w, b, losses
