"""counting.count_parameters: Right: functools.reduce over itertools.pairwise sums (n_in + 1) * n_out in plain ints."""


import functools
import itertools


def count_parameters(widths):
    return functools.reduce(lambda acc, pair: acc + (pair[0] + 1) * pair[1], itertools.pairwise(widths), 0)
