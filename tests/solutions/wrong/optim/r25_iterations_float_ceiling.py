def iterations_per_epoch(n, batch_size):
    """optim.iterations_per_epoch: returns np.ceil(n / B), a float (3.0), where a count of updates is an int."""
    return np.ceil(n / batch_size)
