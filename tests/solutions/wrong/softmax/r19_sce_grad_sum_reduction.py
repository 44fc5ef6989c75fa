"""softmax.softmax_cross_entropy_grad: gradient of the summed loss (reduction='sum'): softmax(logits) - Y without the 1/N."""

def softmax_cross_entropy_grad(logits, Y):
    Z = np.asarray(logits, dtype=np.float64)
    e = np.exp(Z - Z.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True) - Y
