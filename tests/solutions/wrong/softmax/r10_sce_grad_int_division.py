"""softmax.softmax_cross_entropy_grad: 1 / N computed by floor division (1 // N = 0 for N > 1)"""

import numpy as np

def softmax_cross_entropy_grad(logits, Y):
    return (softmax(logits) - Y) * (1 // np.shape(logits)[0])
