"""backprop.mlp_backward: RIGHT: Raschka's sigmoid derivative a (1 - a) with a = 1 / (1 + exp(-clip(z, -250, 250))): 0 at +-1000 up to 1e-108, no warnings.

Habit: Raschka's NeuralNetMLP.fit (delta_out, sigmoid_derivative_h = a_h * (1. - a_h), delta_h), looped over layers.
"""

import numpy as np


def mlp_backward(dout, caches):
    def g_prime(z, name):
        if name == "sigmoid":
            a = 1.0 / (1.0 + np.exp(-np.clip(z, -250, 250)))
            return a * (1.0 - a)
        if name == "tanh":
            return 1.0 - np.tanh(z) ** 2
        if name == "relu":
            return (z > 0).astype(float)
        return np.ones_like(z)

    grads = {}
    delta = np.asarray(dout, dtype=np.float64) * g_prime(caches[-1]["Z"], caches[-1]["activation"])
    for l in range(len(caches), 0, -1):
        c = caches[l - 1]
        grads["W%d" % l] = np.dot(c["A_prev"].T, delta)
        grads["b%d" % l] = np.sum(delta, axis=0)
        if l > 1:
            delta = np.dot(delta, c["W"].T) * g_prime(caches[l - 2]["Z"], caches[l - 2]["activation"])
    return grads
