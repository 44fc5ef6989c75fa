"""optim.iterations_per_epoch: np.ceil(n / batch_size), a numpy float (3.0), not an int"""
import numpy as np


def iterations_per_epoch(n, batch_size):
    return np.ceil(n / batch_size)
