"""optim.iterations_per_epoch: max(1, ...) promises one update even for an empty epoch (n = 0)"""


def iterations_per_epoch(n, batch_size):
    return max(1, -(-n // batch_size))
