"""losses.cross_entropy_with_logits_grad: cross_entropy_with_logits_grad returns Prince's per-example dl/df = softmax(Z) - Y, without the 1/N."""

def cross_entropy_with_logits_grad(Z, Y):
    Z = np.asarray(Z, dtype=float)
    e = np.exp(Z - Z.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True) - Y
