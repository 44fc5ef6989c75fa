def softmax(Z):
    """softmax.softmax: subtracts the maximum of the whole array (a total reduction) instead of each row's, so a
    row whose logits are far below another row's underflows to 0/0 = NaN."""
    Z = np.asarray(Z, dtype=np.float64)
    e = np.exp(Z - np.maximum.reduce(Z, axis=None))
    return e / np.add.reduce(e, axis=-1, keepdims=True)
