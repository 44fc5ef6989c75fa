"""perceptron.perceptron_step: RIGHT: when the prediction is right nothing changes, and the very w passed in is returned"""
import numpy as np


def perceptron_step(w, b, x, y, eta=1.0):
    err = y - (1.0 if x @ w + b >= 0 else 0.0)
    if err == 0:
        return w, float(b)
    return w + eta * err * x, float(b + eta * err)
