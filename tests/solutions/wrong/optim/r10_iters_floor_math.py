"""optim.iterations_per_epoch: math.floor drops the last partial batch"""


def iterations_per_epoch(n, batch_size):
    import math
    return math.floor(n / batch_size)
