"""perceptron.neuron_forward: a "stable" sigmoid by np.where over two branches, both evaluated everywhere, so exp overflows (RuntimeWarning) at |z| = 1000"""

import numpy as np


def neuron_forward(X, w, b, model):
    z = X @ w + b
    if model == "linear":
        return z
    return np.where(z >= 0, 1.0 / (1.0 + np.exp(-z)), np.exp(z) / (1.0 + np.exp(z)))
