"""gradcheck.numerical_gradient: perturbs every coordinate at once, giving the directional derivative along ones in every entry"""

import numpy as np


def numerical_gradient(f, x, h=1e-5):
    x = np.array(x, dtype=float)
    slope = (f(x + h) - f(x - h)) / (2 * h)
    return np.full(x.shape, slope)
