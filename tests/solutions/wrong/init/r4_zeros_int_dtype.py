"""init.zeros: np.zeros with dtype=int, an integer matrix instead of float64 weights."""

def zeros(n_in, n_out):
    return np.zeros((n_in, n_out), dtype=int)
