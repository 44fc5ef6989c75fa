"""softmax.softmax_cross_entropy_grad: (log_softmax - Y) / N, log-probabilities where the probabilities belong"""

import numpy as np

def softmax_cross_entropy_grad(logits, Y):
    logits = np.asarray(logits, dtype=np.float64)
    return (log_softmax(logits) - Y) / logits.shape[0]
