"""softmax.softmax_cross_entropy_grad: (Y - softmax(logits)) / N, the sign flipped"""

import numpy as np

def softmax_cross_entropy_grad(logits, Y):
    logits = np.asarray(logits, dtype=np.float64)
    return (Y - softmax(logits)) / logits.shape[0]
