"""optim.iterations_per_epoch: round(n / B) instead of the ceiling: a partial batch under half a batch is lost"""


def iterations_per_epoch(n, batch_size):
    return round(n / batch_size)
