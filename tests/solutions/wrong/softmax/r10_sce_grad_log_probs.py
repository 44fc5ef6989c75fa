"""softmax.softmax_cross_entropy_grad: (log_softmax - Y) / N, log-probabilities where the probabilities belong"""

import numpy as np


def softmax_cross_entropy_grad(logits, Y):
    logits = np.asarray(logits, dtype=np.float64)
    shifted = logits - logits.max(axis=-1, keepdims=True)
    log_probs = shifted - np.log(np.exp(shifted).sum(axis=-1, keepdims=True))
    return (log_probs - Y) / logits.shape[0]
