"""losses.cross_entropy_with_logits_grad: softmax row by row with np.apply_along_axis, which raises on an empty batch"""
import numpy as np


def _r13ce_softmax_row(z):
    e = np.exp(z - z.max())
    return e / e.sum()


def cross_entropy_with_logits_grad(Z, Y):
    S = np.apply_along_axis(_r13ce_softmax_row, 1, np.asarray(Z, dtype=float))
    return (S - Y) / Z.shape[0]
