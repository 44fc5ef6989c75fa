"""Counting parameters with itertools and operator.index, no numpy."""

import itertools
import operator


def _layer_pairs(widths):
    # Snapshot the widths as Python ints first: the caller may refill its list later.
    ints = [operator.index(w) for w in widths]
    return list(itertools.pairwise(ints))


def parameter_breakdown(widths):
    rows = []
    for layer, (n_in, n_out) in enumerate(_layer_pairs(widths), start=1):
        weights = n_in * n_out
        rows.append(dict(layer=layer, shape=(n_in, n_out), weights=weights, biases=n_out, total=weights + n_out))
    return rows


def count_parameters(widths):
    # Sum in reverse order: same integers, another accumulation order.
    return sum((n_in + 1) * n_out for n_in, n_out in reversed(_layer_pairs(widths)))
