"""counting.count_parameters: RIGHT: functools.reduce without an initial value raises TypeError only for a single width, which the docstring does not allow (the reference rejects it too)"""
import functools
import operator


def count_parameters(widths):
    return functools.reduce(operator.add, [(int(a) + 1) * int(b) for a, b in zip(widths, widths[1:])])
