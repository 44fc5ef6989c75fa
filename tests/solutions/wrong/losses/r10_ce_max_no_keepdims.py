"""losses.cross_entropy_with_logits: row max taken without keepdims, broadcast against the wrong axis"""

import numpy as np

def cross_entropy_with_logits(Z, Y):
    shifted = (Z.T - Z.max(axis=1)).T
    lse = np.log(np.exp(shifted).sum(axis=1))
    return float(-np.sum(Y * (shifted - lse)) / Z.shape[0])
