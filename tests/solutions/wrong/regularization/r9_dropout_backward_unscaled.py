"""regularization.dropout_backward: dout * (mask > 0), the 1/(1 - p) of the mask dropped."""

import numpy as np

def dropout_backward(dout, cache):
    return dout * (cache["mask"] > 0)
