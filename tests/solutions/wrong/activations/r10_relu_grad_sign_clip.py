"""activations.relu_grad: np.sign(z).clip(0) keeps an int input's dtype"""

import numpy as np

def relu_grad(z):
    return np.clip(np.sign(z), 0, None)
