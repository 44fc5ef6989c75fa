"""softmax.softmax: Right: in-place division on its own new exp buffer (the caller's Z untouched); float32 stays float32."""

def softmax(Z):
    Z = np.asarray(Z)
    E = np.exp(Z - Z.max(axis=-1, keepdims=True))
    E /= E.sum(axis=-1, keepdims=True)
    return E
