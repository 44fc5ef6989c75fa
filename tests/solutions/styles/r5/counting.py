"""Correct solution, style r5: the total as a recursion on the widths, the breakdown from consecutive pairs."""


def parameter_breakdown(widths):
    return [{"layer": l, "shape": (int(a), int(b)), "weights": int(a) * int(b), "biases": int(b),
             "total": (int(a) + 1) * int(b)}
            for l, (a, b) in enumerate(zip(widths, widths[1:]), start=1)]


def count_parameters(widths):
    if len(widths) < 2:
        return 0
    return (int(widths[0]) + 1) * int(widths[1]) + count_parameters(widths[1:])
