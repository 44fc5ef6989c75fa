"""optim.minibatch_indices: Splits the permutation with np.array_split into ceil(n/B) EVEN parts (10 by 4 gives 4, 3, 3), not consecutive slices of B.

Habit: Ng's num_complete_minibatches + end case replaced by a numpy one-liner that balances the sizes.
"""

import numpy as np


def minibatch_indices(n, batch_size, rng):
    perm = rng.permutation(n)
    k = -(-n // batch_size)
    return [np.asarray(part, dtype=int) for part in np.array_split(perm, k)] if k else []
