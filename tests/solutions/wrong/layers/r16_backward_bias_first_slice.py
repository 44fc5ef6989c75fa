"""layers.dense_backward: Bishop's bias-first augmentation (x_0 = 1, w_0 = b) but dA drops the LAST column of dZ W~^T instead of the first"""

import numpy as np


def dense_backward(dZ, cache):
    A, W, b = cache
    A_aug = np.hstack([np.ones((A.shape[0], 1)), A])
    W_aug = np.vstack([b[None, :], W])
    dW_aug = A_aug.T @ dZ
    dA_aug = dZ @ W_aug.T
    return dA_aug[:, :-1], dW_aug[1:], dW_aug[0]
