"""softmax.log_softmax: np.log of the (shifted) softmax, which gives -inf where a probability underflows"""
import numpy as np


def log_softmax(Z):
    E = np.exp(Z - Z.max(axis=-1, keepdims=True))
    return np.log(E / E.sum(axis=-1, keepdims=True))
