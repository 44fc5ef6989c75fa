"""perceptron.perceptron_step: updates by the delta (Widrow-Hoff) rule on the net input, eta (y - net) x, not the step output's error"""
import numpy as np


def perceptron_step(w, b, x, y, eta=1.0):
    x = np.asarray(x, dtype=float)
    net = float(x @ np.asarray(w, dtype=float) + b)
    r = y - net
    return np.asarray(w, dtype=float) + eta * r * x, float(b + eta * r)
