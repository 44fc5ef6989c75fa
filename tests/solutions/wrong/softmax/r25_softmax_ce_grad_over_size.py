def softmax_cross_entropy_grad(logits, Y):
    """softmax.softmax_cross_entropy_grad: divides by the tally of the ravelled array (N K entries, APL's
    count of the ravel) instead of the number of rows N."""
    Z = np.asarray(logits, dtype=np.float64)
    e = np.exp(Z - np.max(Z, axis=-1, keepdims=True))
    return (e / np.sum(e, axis=-1, keepdims=True) - Y) / np.size(Z)
