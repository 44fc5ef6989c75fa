"""perceptron.perceptron_predict: np.atleast_2d on the input, so a single x (d,) gives an array of shape (1,) instead of a scalar"""
import numpy as np


def perceptron_predict(X, w, b):
    X = np.atleast_2d(X)
    return (X @ w + b >= 0).astype(float)
