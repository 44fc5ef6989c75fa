"""perceptron.neuron_gd_step: w -= eta * dw on the caller's array."""

import numpy as np


def neuron_gd_step(X, y, w, b, eta, model):
    dw, db = neuron_gradient(X, y, w, b, model)
    w -= eta * dw
    return w, float(b - eta * db)
