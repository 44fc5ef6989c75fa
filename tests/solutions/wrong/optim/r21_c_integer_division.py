"""optim.iterations_per_epoch: C integer division n / batch_size: the last, partial batch is not counted."""

def iterations_per_epoch(n, batch_size):
    return n // batch_size
