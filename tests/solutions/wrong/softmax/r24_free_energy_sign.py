"""softmax.log_softmax: adds log Z instead of subtracting it ((z - m) + log sum exp(z - m)): the free energy's sign flipped."""


def log_softmax(Z):
    Z = np.asarray(Z, dtype=np.float64)
    s = Z - Z.max(axis=-1, keepdims=True)
    F = -np.log(np.exp(s).sum(axis=-1, keepdims=True))
    return s - F
