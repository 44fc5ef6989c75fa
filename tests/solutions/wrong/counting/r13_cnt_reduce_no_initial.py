"""counting.count_parameters: functools.reduce without an initial value, so a network with no layers (one width) raises TypeError instead of 0"""
import functools
import operator


def count_parameters(widths):
    return functools.reduce(operator.add, [(int(a) + 1) * int(b) for a, b in zip(widths, widths[1:])])
