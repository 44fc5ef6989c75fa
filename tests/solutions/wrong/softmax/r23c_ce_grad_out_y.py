"""softmax.softmax_cross_entropy_grad: np.subtract(..., out=Y) writes the gradient into the caller's Y."""


def softmax_cross_entropy_grad(logits, Y):
    Z = np.asarray(logits, dtype=np.float64)
    E = np.exp(Z - Z.max(axis=-1, keepdims=True))
    np.subtract(E / E.sum(axis=-1, keepdims=True), Y, out=Y)
    Y /= Z.shape[0]
    return Y
