"""softmax.softmax_cross_entropy_grad: softmax_cross_entropy_grad returns Prince's per-example dl/df = softmax - Y, without dividing by N."""

def softmax_cross_entropy_grad(logits, Y):
    f = np.asarray(logits, dtype=float)
    e = np.exp(f - f.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True) - Y
