"""activations.sigmoid_grad: exp(-z)/(1+exp(-z))^2 overflows (inf/inf = NaN, warnings) at z = -1000"""

import numpy as np

def sigmoid_grad(z):
    e = np.exp(-np.asarray(z, dtype=np.float64))
    return e / (1 + e) ** 2
