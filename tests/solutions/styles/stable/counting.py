"""Parameter counting in exact Python integers via pairwise (stable style: no int64 overflow)."""

from itertools import pairwise


def parameter_breakdown(widths):
    return [{"layer": l, "shape": (int(a), int(b)), "weights": int(a) * int(b), "biases": int(b),
             "total": (int(a) + 1) * int(b)}
            for l, (a, b) in enumerate(pairwise(widths), start=1)]


def count_parameters(widths):
    return sum((int(a) + 1) * int(b) for a, b in pairwise(widths))
