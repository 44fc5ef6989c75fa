"""perceptron.perceptron_predict: MATLAB's heaviside convention H(0) = 0.5 (np.heaviside(z, 0.5)): an input exactly on the boundary gives 0.5, not 1"""

import numpy as np


def perceptron_predict(X, w, b):
    return np.heaviside(X @ w + b, 0.5)
