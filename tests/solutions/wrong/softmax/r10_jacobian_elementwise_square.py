"""softmax.softmax_jacobian: diag(s) - s*s with the elementwise square broadcast, not the outer product s s^T"""

import numpy as np

def softmax_jacobian(Z):
    S = softmax(Z)
    K = S.shape[-1]
    return S[..., :, None] * np.eye(K) - (S * S)[..., None, :]
