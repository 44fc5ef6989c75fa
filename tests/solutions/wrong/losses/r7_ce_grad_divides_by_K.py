"""losses.cross_entropy_with_logits_grad: divides by Z.shape[-1] (the number of classes K) instead of the batch size N."""

def cross_entropy_with_logits_grad(Z, Y):
    Z = np.asarray(Z, dtype=np.float64)
    E = np.exp(Z - Z.max(axis=1, keepdims=True))
    S = E / E.sum(axis=1, keepdims=True)
    return (S - Y) / Z.shape[-1]
