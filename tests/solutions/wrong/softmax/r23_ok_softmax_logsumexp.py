"""softmax.softmax: right: exp(z - logsumexp(z)) with logsumexp = m + log sum exp(z - m) is softmax, computed stably"""

import numpy as np


def softmax(Z):
    """exp of the log-softmax: every exponent is <= 0, so nothing overflows."""
    Z = np.asarray(Z, dtype=np.float64)
    m = np.max(Z, axis=-1, keepdims=True)
    lse = m + np.log(np.sum(np.exp(Z - m), axis=-1, keepdims=True))
    return np.exp(Z - lse)
