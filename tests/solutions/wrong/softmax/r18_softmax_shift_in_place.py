"""softmax.softmax: subtracts the maximum in place (Z -= max), changing the caller's logits array."""

def softmax(Z):
    Z -= np.max(Z, axis=-1, keepdims=True)
    E = np.exp(Z)
    return E / np.sum(E, axis=-1, keepdims=True)
