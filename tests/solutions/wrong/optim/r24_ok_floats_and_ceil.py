"""optim.iterations_per_epoch: right: math.ceil of the true quotient is ceil(n / batch_size) for the sizes of a data set."""


def iterations_per_epoch(n, batch_size):
    import math
    return math.ceil(n / batch_size)
