def iterations_per_epoch(n, batch_size):
    """C integer division n / batch_size: the last, partial batch is not counted."""
    return n // batch_size
