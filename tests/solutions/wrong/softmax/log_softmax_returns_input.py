"""softmax.log_softmax: returns a copy of Z unchanged (does nothing)."""

def log_softmax(Z):
    return np.array(Z, dtype=np.float64)
