"""activations.prelu_alpha_grad: PyTorch habit, returns alpha.grad's shape (summed over the batch) instead of the elementwise derivative"""
import numpy as np


def prelu_alpha_grad(z):
    z = np.asarray(z, dtype=np.float64)
    return np.where(z > 0, 0.0, z).sum(axis=0)
