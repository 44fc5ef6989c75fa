"""perceptron.neuron_forward: tries scipy.special.expit (not available) and falls back on 1 / (1 + np.exp(-z)), which overflows with a RuntimeWarning for z = -1000."""

import numpy as np

try:
    from scipy.special import expit as _r22_expit
except ImportError:
    _r22_expit = lambda x: 1.0 / (1.0 + np.exp(-x))


def neuron_forward(X, w, b, model):
    z = np.asarray(X, dtype=np.float64) @ np.asarray(w, dtype=np.float64) + b
    if model == "logistic":
        return _r22_expit(z)
    return z
