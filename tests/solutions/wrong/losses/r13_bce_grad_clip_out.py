"""losses.bce_grad: clips P in place with np.clip(P, eps, 1 - eps, out=P), changing the caller's P"""
import numpy as np


def bce_grad(P, Y):
    np.clip(P, 1e-12, 1 - 1e-12, out=P)
    return (P - Y) / (P * (1 - P)) / P.shape[0]
