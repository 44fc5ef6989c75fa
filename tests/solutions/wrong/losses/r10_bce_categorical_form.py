"""losses.bce: -sum Y log P / N, the categorical form without the (1 - Y) log(1 - P) term"""

import numpy as np

def bce(P, Y):
    P = np.clip(P, 1e-12, 1 - 1e-12)
    return float(-np.sum(Y * np.log(P)) / Y.shape[0])
