"""regularization.l2_penalty: penalises every array of params, biases included"""
import numpy as np


def l2_penalty(params, lam):
    return float(lam / 2 * sum(np.sum(v ** 2) for v in params.values()))
