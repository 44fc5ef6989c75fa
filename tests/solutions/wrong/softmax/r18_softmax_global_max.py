"""softmax.softmax: subtracts the maximum of the whole batch (np.max(Z)) instead of each row's, so a row far below the batch's maximum underflows to 0 / 0 = NaN."""

def softmax(Z):
    Z = np.asarray(Z, dtype=np.float64)
    E = np.exp(Z - np.max(Z, initial=-np.inf))
    return E / np.sum(E, axis=-1, keepdims=True)
