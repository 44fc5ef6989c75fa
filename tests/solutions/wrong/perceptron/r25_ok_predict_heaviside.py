"""perceptron.perceptron_predict: right: np.heaviside(net, 1.0) is the step with value 1 at net = 0, float 0/1, a float for one x"""
import numpy as np


def perceptron_predict(X, w, b):
    o = np.heaviside(np.asarray(X, dtype=float) @ np.asarray(w, dtype=float) + b, 1.0)
    return float(o) if np.ndim(o) == 0 else o
