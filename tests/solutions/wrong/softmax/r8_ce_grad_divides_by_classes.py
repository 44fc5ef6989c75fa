"""softmax.softmax_cross_entropy_grad: divides by logits.shape[-1] (the number of classes K) instead of the batch size N; right only where N == K."""


def softmax_cross_entropy_grad(logits, Y):
    logits = np.asarray(logits, dtype=np.float64)
    return (softmax(logits) - Y) / logits.shape[-1]
