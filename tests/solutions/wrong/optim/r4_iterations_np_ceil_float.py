"""optim.iterations_per_epoch: np.ceil returns a float (e.g. 3.0), not an int count."""

def iterations_per_epoch(n, batch_size):
    return np.ceil(n / batch_size)
