"""activations.sigmoid: exp(z)/(1+exp(z)) overflows to inf/inf = NaN at z = +1000"""

import numpy as np

def sigmoid(z):
    ez = np.exp(np.asarray(z, dtype=np.float64))
    return ez / (1 + ez)
