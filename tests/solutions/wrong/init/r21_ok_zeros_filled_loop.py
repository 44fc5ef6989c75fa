"""init.zeros: Right: np.empty filled by explicit index loops with 0.0, as a C student would memset: a float64 (n_in, n_out) of zeros."""

def zeros(n_in, n_out):
    W = np.empty((n_in, n_out))
    for i in range(n_in):
        for j in range(n_out):
            W[i, j] = 0.0
    return W
