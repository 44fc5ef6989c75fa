"""perceptron.perceptron_predict: returns np.sign(z), -1/0/1, instead of the 0/1 step"""

import numpy as np


def perceptron_predict(X, w, b):
    return np.sign(np.asarray(X) @ w + b)
