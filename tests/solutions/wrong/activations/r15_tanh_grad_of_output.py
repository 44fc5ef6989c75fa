"""activations.tanh_grad: Ng-course convention, takes the activation a = tanh(z) and returns 1 - a^2, i.e. 1 - z^2 on z"""
import numpy as np


def tanh_grad(z):
    a = np.asarray(z, dtype=np.float64)
    return 1.0 - a ** 2
