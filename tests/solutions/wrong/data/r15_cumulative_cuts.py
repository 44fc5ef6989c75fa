"""data.split_indices: cut points round(cumulative fraction * n), so the validation size is round((f_t + f_v) n) - round(f_t n), not round(f_v n)"""
import numpy as np


def split_indices(n, rng, fractions=(0.6, 0.2, 0.2)):
    perm = rng.permutation(n)
    edges = np.cumsum(fractions)[:-1]
    cuts = [round(float(e) * n) for e in edges]
    return tuple(np.split(perm, cuts))
