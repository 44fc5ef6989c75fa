"""losses.cross_entropy_with_logits_grad: softmax cached by Z.shape, so a second batch of that shape reuses stale probabilities."""


_r23c_probs_by_shape = {}


def cross_entropy_with_logits_grad(Z, Y):
    Z = np.asarray(Z, dtype=np.float64)
    if Z.shape not in _r23c_probs_by_shape:
        E = np.exp(Z - Z.max(axis=1, keepdims=True))
        _r23c_probs_by_shape[Z.shape] = E / E.sum(axis=1, keepdims=True)
    return (_r23c_probs_by_shape[Z.shape] - Y) / Z.shape[0]
