"""data.split_indices: cuts with int(fraction * n) (Grus's split_data truncates) instead of Python's round, so pieces are off by one for many n."""

import numpy as np


def split_indices(n, rng, fractions=(0.6, 0.2, 0.2)):
    perm = [int(i) for i in rng.permutation(n)]
    cut1 = int(fractions[0] * n)
    cut2 = cut1 + int(fractions[1] * n)
    return (np.array(perm[:cut1], dtype=np.int64), np.array(perm[cut1:cut2], dtype=np.int64),
            np.array(perm[cut2:], dtype=np.int64))
