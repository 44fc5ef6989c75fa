"""softmax.softmax: subtracts the maximum of the whole batch (np.matrix .max() without axis), so a row far below it underflows to 0/0."""


def softmax(Z):
    Z = np.asarray(Z, dtype=np.float64)
    E = np.exp(Z - Z.max())
    return E / E.sum(axis=-1, keepdims=True)
