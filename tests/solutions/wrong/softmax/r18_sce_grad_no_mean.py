"""softmax.softmax_cross_entropy_grad: returns softmax(logits) - Y, 6.036's per-example dLdZ, without the 1/N of the mean over the batch."""

def softmax_cross_entropy_grad(logits, Y):
    L = np.asarray(logits, dtype=np.float64).T
    E = np.exp(L - np.max(L, axis=0, keepdims=True))
    return (E / np.sum(E, axis=0, keepdims=True) - np.asarray(Y, dtype=np.float64).T).T
