"""softmax.softmax_cross_entropy_grad: divided by the number of classes (shape[1]) instead of the batch size."""

import numpy as np

def softmax_cross_entropy_grad(logits, Y):
    return (softmax(logits) - Y) / np.shape(logits)[1]
