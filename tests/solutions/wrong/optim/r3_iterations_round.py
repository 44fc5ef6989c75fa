"""optim.iterations_per_epoch: round(n / batch_size) instead of the ceiling: a last partial batch smaller than half a batch is not counted."""

def iterations_per_epoch(n, batch_size):
    return int(round(n / batch_size))
