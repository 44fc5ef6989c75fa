"""softmax.softmax_cross_entropy_grad: gradient of the summed negative log-likelihood, softmax(logits) - Y without the 1/N of the mean."""


def softmax_cross_entropy_grad(logits, Y):
    return softmax(np.asarray(logits, dtype=np.float64)) - np.asarray(Y)
