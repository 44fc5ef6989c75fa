"""regularization.l2_penalty: penalises every array with ndim >= 2 (torch's "no decay on 1-D params") instead of the keys starting with W: wrong for a (1, n) bias or a 1-D W"""
import numpy as np


def l2_penalty(params, lam):
    total = 0.0
    for value in params.values():
        value = np.asarray(value)
        if value.ndim >= 2:
            total += float(np.sum(value ** 2))
    return lam / 2 * total
