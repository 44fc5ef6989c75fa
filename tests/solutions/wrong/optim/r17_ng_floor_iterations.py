"""optim.iterations_per_epoch: Counts only Ng's num_complete_minibatches = floor(n / batch_size): the last, partial batch is missed.

Habit: deeplearning.ai's math.floor(m / mini_batch_size), its end case handled elsewhere.
"""

import math

import numpy as np


def iterations_per_epoch(n, batch_size):
    return math.floor(n / batch_size)
