"""optim.iterations_per_epoch: len(DataLoader(..., drop_last=True)): n // batch_size, the last partial batch is not counted."""

def iterations_per_epoch(n, batch_size):
    return n // batch_size
