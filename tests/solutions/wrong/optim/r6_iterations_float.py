"""optim.iterations_per_epoch: np.ceil(n / batch_size) returns a float (e.g. 100.0), not an int."""

def iterations_per_epoch(n, batch_size):
    return np.ceil(n / batch_size)
