"""losses.bce_grad: (P - Y) / N, the gradient with respect to the logit z (sigmoid + BCE, as BCEWithLogitsLoss), not with respect to P"""
import numpy as np


def bce_grad(P, Y):
    return (np.asarray(P, dtype=np.float64) - Y) / np.shape(P)[0]
