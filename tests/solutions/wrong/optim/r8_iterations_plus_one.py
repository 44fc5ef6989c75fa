"""optim.iterations_per_epoch: n // batch_size + 1 counts one batch too many when batch_size divides n (and 1 for n = 0)."""


def iterations_per_epoch(n, batch_size):
    return n // batch_size + 1
