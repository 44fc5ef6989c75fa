"""optim.iterations_per_epoch: math.ceil(n / batch_size) through a float: wrong for n beyond 2**53 (float rounding)"""
import math


def iterations_per_epoch(n, batch_size):
    return int(math.ceil(n / batch_size))
