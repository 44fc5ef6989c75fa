"""softmax.softmax: RIGHT: np.exp(..., out=) on the shifted copy: raises only for int logits, which the docstring never gives"""
import numpy as np


def softmax(Z):
    E = Z - Z.max(axis=-1, keepdims=True)
    np.exp(E, out=E)
    E /= E.sum(axis=-1, keepdims=True)
    return E
