"""perceptron.fit_neuron: RIGHT: losses returned as a float64 array (losses[t] before step t), not a list"""
import numpy as np


def fit_neuron(X, y, model, eta=0.1, steps=1000):
    w, b = np.zeros(X.shape[1]), 0.0
    losses = np.empty(steps)
    for t in range(steps):
        losses[t] = neuron_loss(X, y, w, b, model)
        w, b = neuron_gd_step(X, y, w, b, eta, model)
    return w, b, losses
