"""softmax.softmax_cross_entropy_grad: operator precedence, softmax(logits) - Y / N, so only Y is divided by N."""

def softmax_cross_entropy_grad(logits, Y):
    Z = np.asarray(logits, dtype=np.float64)
    E = np.exp(Z - Z.max(axis=-1, keepdims=True))
    return E / E.sum(axis=-1, keepdims=True) - np.asarray(Y, dtype=np.float64) / Z.shape[0]
