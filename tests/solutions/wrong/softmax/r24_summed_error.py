"""softmax.softmax_cross_entropy_grad: the gradient of the error summed over n (Bishop's E(w)), missing the 1/N of the mean loss."""


def softmax_cross_entropy_grad(logits, Y):
    Z = np.asarray(logits, dtype=np.float64)
    w = np.exp(Z - Z.max(axis=-1, keepdims=True))
    return w / w.sum(axis=-1, keepdims=True) - Y
