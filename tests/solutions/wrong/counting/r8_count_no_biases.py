"""counting.count_parameters: counts only the weights, sum n_{l-1} * n_l, forgetting every layer's biases."""


def count_parameters(widths):
    return sum(a * b for a, b in zip(widths[:-1], widths[1:]))
