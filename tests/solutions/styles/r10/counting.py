"""counting by pairs of consecutive widths, folded with functools.reduce."""

from functools import reduce
from operator import add


def _pairs(widths):
    values = [int(w) for w in widths]  # a snapshot: the caller may refill its list later
    return list(zip(values, values[1:]))


def parameter_breakdown(widths):
    return [dict(layer=l, shape=(a, b), weights=a * b, biases=b, total=(a + 1) * b)
            for l, (a, b) in enumerate(_pairs(widths), start=1)]


def count_parameters(widths):
    return reduce(add, ((a + 1) * b for a, b in _pairs(widths)), 0)
