"""perceptron.neuron_loss: the logistic neuron's loss is the PDP error 1/(2N) sum (y - sigmoid(z))^2, not the binary cross-entropy"""
import numpy as np


def neuron_loss(X, y, w, b, model):
    net = np.asarray(X, dtype=float) @ np.asarray(w, dtype=float) + b
    o = net if model == "linear" else 0.5 * (1.0 + np.tanh(0.5 * net))
    return float(0.5 * np.mean((np.asarray(y, dtype=float) - o) ** 2))
