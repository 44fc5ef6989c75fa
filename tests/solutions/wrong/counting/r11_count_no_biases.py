"""counting.count_parameters: counts the weights only, sum n_{l-1} * n_l (biases forgotten)"""


def count_parameters(widths):
    return sum(a * b for a, b in zip(widths[:-1], widths[1:]))
