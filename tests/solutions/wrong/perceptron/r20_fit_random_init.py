"""perceptron.fit_neuron: Geron's random start theta = randn (from a seeded np.random), not w = 0, b = 0"""
import numpy as np


def fit_neuron(X, y, model, eta=0.1, steps=1000):
    np.random.seed(42)
    theta = np.random.randn(np.asarray(X).shape[1] + 1)
    w, b = theta[1:], float(theta[0])
    losses = []
    for _ in range(steps):
        losses.append(neuron_loss(X, y, w, b, model))
        w, b = neuron_gd_step(X, y, w, b, eta, model)
    return w, b, losses
