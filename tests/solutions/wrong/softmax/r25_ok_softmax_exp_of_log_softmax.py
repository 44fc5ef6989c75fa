"""softmax.softmax: right: the exponential of z - m - log sum exp(z - m) along the last axis is softmax, every exponent
<= 0 so nothing overflows."""


def softmax(Z):
    Z = np.asarray(Z, dtype=np.float64)
    d = Z - np.maximum.reduce(Z, axis=-1, keepdims=True)
    return np.exp(d - np.log(np.add.reduce(np.exp(d), axis=-1, keepdims=True)))
