"""regularization.l2_penalty: penalises every key whose name contains a "W" or "w" (k.lower()), not only the keys starting with "W": e.g. a key "bw" or "w_out" is wrongly included"""
import numpy as np


def l2_penalty(params, lam):
    return float(lam / 2 * sum(np.sum(v ** 2) for k, v in params.items() if "w" in k.lower()))
