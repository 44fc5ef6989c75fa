"""softmax.softmax: subtracts the row maximum from the caller's Z in place (Z -= m)."""

def softmax(Z):
    Z -= Z.max(axis=-1, keepdims=True)
    E = np.exp(Z)
    return E / E.sum(axis=-1, keepdims=True)
