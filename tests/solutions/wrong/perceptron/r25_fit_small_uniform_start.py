"""perceptron.fit_neuron: starts from small uniform random weights in [-0.5, 0.5] (Zurada's habit), not from w = 0, b = 0"""
import numpy as np


def fit_neuron(X, y, model, eta=0.1, steps=1000):
    X = np.asarray(X, dtype=float)
    start = np.random.default_rng(0).uniform(-0.5, 0.5, X.shape[1] + 1)
    w, b = start[:-1], float(start[-1])
    losses = []
    for _cycle in range(steps):
        losses.append(neuron_loss(X, y, w, b, model))
        w, b = neuron_gd_step(X, y, w, b, eta, model)
    return w, b, losses
