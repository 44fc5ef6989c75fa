"""perceptron.neuron_forward: the logistic neuron uses tanh(z) as its squashing function"""

import numpy as np


def neuron_forward(X, w, b, model):
    z = X @ w + b
    return np.tanh(z) if model == "logistic" else z
