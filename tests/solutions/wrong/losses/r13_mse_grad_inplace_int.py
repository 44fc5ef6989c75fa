"""losses.mse_grad: RIGHT: g = Y_hat - Y, then g /= N in place: raises only when Y_hat and Y are both int arrays, which the docstring never gives"""
import numpy as np


def mse_grad(Y_hat, Y):
    g = np.asarray(Y_hat) - np.asarray(Y)
    g /= len(g)
    return g
