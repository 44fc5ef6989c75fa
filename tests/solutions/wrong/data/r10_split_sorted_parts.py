"""data.split_indices: each part sorted, the right sets but not the reference order"""

import numpy as np


def split_indices(n, rng, fractions=(0.6, 0.2, 0.2)):
    perm = rng.permutation(n)
    a = round(fractions[0] * n)
    b = a + min(round(fractions[1] * n), n - a)
    return np.sort(perm[:a]), np.sort(perm[a:b]), np.sort(perm[b:])
