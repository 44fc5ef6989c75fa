"""activations.sigmoid: computed in float32 (PyTorch's default dtype) and cast back to float64: errors ~1e-8, and 1 - s is lost from |z| ~ 17"""
import numpy as np


def sigmoid(z):
    z32 = np.asarray(z, dtype=np.float32)
    e = np.exp(-np.abs(z32))
    return np.where(z32 >= 0, 1 / (1 + e), e / (1 + e)).astype(np.float64)
