"""counting.count_parameters: functools.reduce without an initial value raises TypeError for widths [n0] (no layers, 0 parameters)."""

import functools


def count_parameters(widths):
    return functools.reduce(lambda s, t: s + t, [(a + 1) * b for a, b in zip(widths[:-1], widths[1:])])
