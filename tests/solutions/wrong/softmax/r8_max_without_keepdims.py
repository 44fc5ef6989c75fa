"""softmax.softmax: Z - Z.max(axis=-1) without keepdims; right for (K,), errors for (N, K) unless N == K, and then subtracts column-wise (rows' maxima per column)."""


def softmax(Z):
    Z = np.asarray(Z, dtype=np.float64)
    E = np.exp(Z - Z.max(axis=-1))
    return E / E.sum(axis=-1, keepdims=True)
