"""regularization.dropout_backward: dA = dout * (mask > 0): the gradient goes through the kept units but without the 1/(1 - p) of the forward pass"""

import numpy as np


def dropout_backward(dout, cache):
    """Only which units were kept matters, the mask rebinarised."""
    return np.asarray(dout, dtype=np.float64) * (cache["mask"] > 0)
