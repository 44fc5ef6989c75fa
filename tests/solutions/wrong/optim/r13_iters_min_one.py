"""optim.iterations_per_epoch: max(1, ...) guard: n = 0 gives 1 update instead of 0"""
import math


def iterations_per_epoch(n, batch_size):
    return max(1, math.ceil(n / batch_size))
