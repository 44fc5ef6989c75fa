"""perceptron.perceptron_step: the error taken as e = a - t (y_hat - y), so every update moves w away from the example"""
import numpy as np


def perceptron_step(w, b, x, y, eta=1.0):
    p = np.asarray(x, dtype=float)
    e = perceptron_predict(p, w, b) - y
    return w + eta * e * p, float(b + eta * e)
