"""counting.count_parameters: sum of n_{l-1} * n_l, the biases forgotten"""


def count_parameters(widths):
    total = 0
    for a, b in zip(widths[:-1], widths[1:]):
        total += a * b
    return total
