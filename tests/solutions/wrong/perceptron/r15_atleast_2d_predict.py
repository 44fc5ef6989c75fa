"""perceptron.perceptron_predict: np.atleast_2d makes a single x (d,) return a (1,) array instead of a scalar"""
import numpy as np


def perceptron_predict(X, w, b):
    z = np.atleast_2d(X) @ w + b
    return (z >= 0).astype(float)
