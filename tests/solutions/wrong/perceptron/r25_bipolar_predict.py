"""perceptron.perceptron_predict: returns Zurada's bipolar sgn(net), -1.0 where X w + b < 0, instead of the 0/1 step"""
import numpy as np


def perceptron_predict(X, w, b):
    net = np.asarray(X, dtype=float) @ np.asarray(w, dtype=float) + b
    o = np.where(net >= 0.0, 1.0, -1.0)
    return float(o) if o.ndim == 0 else o
