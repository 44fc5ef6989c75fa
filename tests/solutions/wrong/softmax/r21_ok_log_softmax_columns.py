"""softmax.log_softmax: Right: computes on the transpose (examples as columns, dims=1 as axis=0) and transposes back, so rows are still normalised."""

def log_softmax(Z):
    Z = np.asarray(Z, dtype=np.float64)
    C = Z.reshape(-1, 1) if Z.ndim == 1 else Z.T
    C = C - C.max(axis=0, keepdims=True)
    C = C - np.log(np.exp(C).sum(axis=0, keepdims=True))
    return C[:, 0] if Z.ndim == 1 else C.T
