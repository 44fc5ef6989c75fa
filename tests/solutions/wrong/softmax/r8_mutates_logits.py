"""softmax.softmax: shifts the caller's array in place (Z -= max), changing the argument of every float64 call."""


def softmax(Z):
    Z -= Z.max(axis=-1, keepdims=True)
    E = np.exp(Z)
    return E / E.sum(axis=-1, keepdims=True)
