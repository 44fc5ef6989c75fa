"""softmax.softmax_cross_entropy_grad: uses log softmax(logits) where softmax(logits) belongs: (log_softmax - Y) / N."""

def softmax_cross_entropy_grad(logits, Y):
    Z = np.asarray(logits, dtype=np.float64)
    S = Z - Z.max(axis=-1, keepdims=True)
    log_p = S - np.log(np.exp(S).sum(axis=-1, keepdims=True))
    return (log_p - Y) / Z.shape[0]
