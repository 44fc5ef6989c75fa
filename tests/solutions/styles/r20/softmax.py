"""Softmax in Prince's 'Understanding Deep Learning' notation (ch. 5): the model output f gives
softmax_k[f] = exp[f_k] / sum_k' exp[f_k'], the loss derivative d l / d f written out per class."""

import numpy as np


def softmax(Z):
    f = np.asarray(Z, dtype=float)
    exp_f = np.exp(f - np.max(f, axis=-1, keepdims=True))
    return exp_f / np.sum(exp_f, axis=-1, keepdims=True)


def log_softmax(Z):
    f = np.asarray(Z, dtype=float)
    f = f - np.max(f, axis=-1, keepdims=True)
    return f - np.log(np.sum(np.exp(f), axis=-1, keepdims=True))


def softmax_jacobian(Z):
    s = softmax(Z)
    eye = np.eye(s.shape[-1])
    # d softmax_i / d f_j = softmax_i (I[i = j] - softmax_j)
    return s[..., :, None] * (eye - s[..., None, :])


def softmax_cross_entropy_grad(logits, Y):
    f = np.asarray(logits, dtype=float)
    I = f.shape[0]
    dl_df = softmax(f) - Y                   # per example: softmax[f] - one-hot target
    return dl_df / I
