"""activations.sigmoid_grad: the activation-form derivative a(1 - a) applied to z instead of a = sigmoid(z)"""

import numpy as np

def sigmoid_grad(z):
    z = np.asarray(z, dtype=np.float64)
    return z * (1 - z)
