def iterations_per_epoch(n, batch_size):
    """n_batches = m // minibatch_size: the last, partial batch is not counted."""
    return n // batch_size
