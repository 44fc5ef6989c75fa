"""optim.iterations_per_epoch: Right: ceil by negated floor division, returned as a numpy int64 (an integer all the same)."""

def iterations_per_epoch(n, batch_size):
    return np.int64(-(-n // batch_size))
