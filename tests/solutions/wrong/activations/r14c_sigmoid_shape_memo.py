"""activations.sigmoid: memoised by z.shape (a "speed-up"): a second call with the same shape returns the first result"""
import numpy as np

_r14c_sigmoid_memo = {}


def sigmoid(z):
    z = np.asarray(z, dtype=float)
    if z.shape not in _r14c_sigmoid_memo:
        out = np.empty_like(z)
        pos = z >= 0
        out[pos] = 1.0 / (1.0 + np.exp(-z[pos]))
        ez = np.exp(z[~pos])
        out[~pos] = ez / (1.0 + ez)
        _r14c_sigmoid_memo[z.shape] = out
    return _r14c_sigmoid_memo[z.shape]
