"""A correct solution of exercises/counting.py, style r7: itertools.pairwise, dicts by comprehension, ints forced early."""
from itertools import pairwise


def _pairs(widths):
    # snapshot as plain ints first: the caller may refill its list after the call
    return list(pairwise([int(w) for w in widths]))


def parameter_breakdown(widths):
    return [{"layer": layer, "shape": (n_in, n_out), "weights": n_in * n_out, "biases": n_out,
             "total": n_in * n_out + n_out}
            for layer, (n_in, n_out) in enumerate(_pairs(widths), start=1)]


def count_parameters(widths):
    return sum(n_out * (n_in + 1) for n_in, n_out in _pairs(widths))
