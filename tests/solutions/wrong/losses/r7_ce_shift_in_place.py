"""losses.cross_entropy_with_logits: subtracts the row maximum in place (Z -= ...) on np.asarray(Z), the caller's own float64 array, which is changed."""

def cross_entropy_with_logits(Z, Y):
    Z = np.asarray(Z)
    Z -= Z.max(axis=1, keepdims=True)
    log_p = Z - np.log(np.exp(Z).sum(axis=1, keepdims=True))
    return float(-np.sum(Y * log_p) / Z.shape[0])
