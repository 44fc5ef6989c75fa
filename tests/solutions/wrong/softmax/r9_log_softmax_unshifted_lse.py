"""softmax.log_softmax: (z - m) - log sum exp(z): the log-sum-exp itself left unshifted, so it overflows for large logits."""

import numpy as np

def log_softmax(Z):
    Z = np.asarray(Z, dtype=np.float64)
    m = Z.max(axis=-1, keepdims=True)
    return (Z - m) - np.log(np.exp(Z).sum(axis=-1, keepdims=True))
