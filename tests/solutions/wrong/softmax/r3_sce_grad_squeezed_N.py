"""softmax.softmax_cross_entropy_grad: takes N from np.squeeze(logits).shape[0]: right for N >= 2, but a batch of one row
(1, K) squeezes to (K,) and is divided by K instead of 1."""

def softmax_cross_entropy_grad(logits, Y):
    logits = np.asarray(logits, dtype=np.float64)
    N = np.squeeze(logits).shape[0]
    return (softmax(logits) - Y) / N
