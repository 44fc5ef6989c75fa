"""softmax.softmax_cross_entropy_grad: subtracts 1 at the argmax of the logits (the prediction) instead of at the label: right only where the prediction is correct."""

import numpy as np

def softmax_cross_entropy_grad(logits, Y):
    G = softmax(logits).copy()
    N = G.shape[0]
    G[np.arange(N), np.argmax(logits, axis=1)] -= 1
    return G / N
