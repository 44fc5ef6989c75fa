"""init.zeros: Right: a read-only broadcast float64 view of 0.0 with shape (n_in, n_out)."""

def zeros(n_in, n_out):
    return np.broadcast_to(np.float64(0.0), (n_in, n_out))
