"""optim.iterations_per_epoch: n_batches = m // minibatch_size: the last, partial batch is not counted."""

def iterations_per_epoch(n, batch_size):
    return n // batch_size
