"""softmax.log_softmax: np.log(softmax(Z)): -inf where a probability underflows (logit gaps beyond ~745)."""

import numpy as np

def log_softmax(Z):
    Z = np.asarray(Z, dtype=np.float64)
    E = np.exp(Z - Z.max(axis=-1, keepdims=True))
    return np.log(E / E.sum(axis=-1, keepdims=True))
