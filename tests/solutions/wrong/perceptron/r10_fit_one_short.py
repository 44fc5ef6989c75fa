"""perceptron.fit_neuron: range(steps - 1): one gradient step and one loss short"""

import numpy as np


def fit_neuron(X, y, model, eta=0.1, steps=1000):
    w, b, losses = np.zeros(X.shape[1]), 0.0, []
    for _ in range(max(steps - 1, 0)):
        losses.append(neuron_loss(X, y, w, b, model))
        w, b = neuron_gd_step(X, y, w, b, eta, model)
    return w, b, losses
