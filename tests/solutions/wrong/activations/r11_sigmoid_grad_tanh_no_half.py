"""activations.sigmoid_grad: via sigmoid = (1 + tanh(z/2))/2 but forgets the chain factor 1/2 of z/2 (twice the value)"""
import numpy as np


def sigmoid_grad(z):
    return (1.0 - np.tanh(np.asarray(z, dtype=np.float64) / 2.0) ** 2) / 2.0
