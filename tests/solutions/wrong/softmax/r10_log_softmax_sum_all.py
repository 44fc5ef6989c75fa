"""softmax.log_softmax: max and log-sum-exp over the whole array: right for one vector, not for a batch"""

import numpy as np

def log_softmax(Z):
    Z = np.asarray(Z, dtype=np.float64)
    shifted = Z - Z.max()
    return shifted - np.log(np.sum(np.exp(shifted)))
