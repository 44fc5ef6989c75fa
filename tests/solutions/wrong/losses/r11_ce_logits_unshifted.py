"""losses.cross_entropy_with_logits: log of softmax without the max shift, so logits of 1e3 overflow"""
import numpy as np


def cross_entropy_with_logits(Z, Y):
    E = np.exp(Z)
    S = E / E.sum(axis=1, keepdims=True)
    return float(-np.sum(Y * np.log(S)) / Z.shape[0])
