"""init.zeros: returns an integer matrix of zeros instead of float64."""

def zeros(n_in, n_out):
    return np.zeros((n_in, n_out), dtype=int)
