"""optim.iterations_per_epoch: n // batch_size, which leaves out the last, partial batch (ceil(n / B) counts it)."""

def iterations_per_epoch(n, batch_size):
    return n // batch_size
