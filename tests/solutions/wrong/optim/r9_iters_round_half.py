"""optim.iterations_per_epoch: int(n / batch_size + 0.5), rounds to nearest: a last batch under half size is dropped."""

def iterations_per_epoch(n, batch_size):
    return int(n / batch_size + 0.5)
