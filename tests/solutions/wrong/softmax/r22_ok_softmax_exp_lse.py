"""softmax.softmax: right: s = exp(a - lse(a)) with lse(a) = m + log sum exp(a - m), Murphy's form; finite for logits of 1e4, rows sum to 1."""


def softmax(Z):
    Z = np.asarray(Z)
    if Z.dtype.kind != "f":
        Z = Z.astype(np.float64)
    m = Z.max(axis=-1, keepdims=True)
    lse = m + np.log(np.exp(Z - m).sum(axis=-1, keepdims=True))
    return np.exp(Z - lse)
