"""init.zeros: an integer array (dtype int) instead of float64 zeros."""

def zeros(n_in, n_out):
    return np.zeros((n_in, n_out), dtype=int)
