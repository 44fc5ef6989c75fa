"""optim.minibatch_indices: Builds Ng's complete mini-batches only, forgetting the end case: the last n % batch_size examples are dropped.

Habit: deeplearning.ai's random_mini_batches without its "Handling the end case" block.
"""

import numpy as np


def minibatch_indices(n, batch_size, rng):
    permutation = list(rng.permutation(n))
    return [np.array(permutation[k * batch_size:(k + 1) * batch_size], dtype=int) for k in range(n // batch_size)]
