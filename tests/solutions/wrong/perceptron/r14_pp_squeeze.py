"""perceptron.perceptron_predict: np.squeeze to make a single x give a scalar also turns a batch of one (1, d) into a scalar instead of shape (1,)"""

import numpy as np


def perceptron_predict(X, w, b):
    return np.squeeze((np.asarray(X) @ w + b >= 0).astype(float))
