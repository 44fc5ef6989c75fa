"""optim.iterations_per_epoch: counts only whole blocks n // batch_size (block LMS drops the last, partial block)."""


def iterations_per_epoch(n, batch_size):
    return n // batch_size
