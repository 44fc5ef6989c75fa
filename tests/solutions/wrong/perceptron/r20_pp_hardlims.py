"""perceptron.perceptron_predict: Hagan's symmetric hard limit hardlims, -1 (not 0) where X w + b < 0"""
import numpy as np


def perceptron_predict(X, w, b):
    n = np.asarray(X, dtype=float) @ w + b
    a = np.where(n >= 0, 1.0, -1.0)
    return a if a.ndim else float(a)
