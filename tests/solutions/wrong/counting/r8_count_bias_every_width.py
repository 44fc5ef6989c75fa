"""counting.count_parameters: adds a bias for every entry of widths, the input width included: sum of weights + sum(widths)."""


def count_parameters(widths):
    return sum(a * b for a, b in zip(widths[:-1], widths[1:])) + sum(widths)
