"""regularization.l2_penalty: leaves out the keys starting with "b" instead of keeping only those starting with "W": a batch-norm layer's gamma and beta are penalised too"""
import numpy as np


def l2_penalty(params, lam):
    return float(lam / 2 * sum(np.sum(v ** 2) for k, v in params.items() if not k.startswith("b")))
