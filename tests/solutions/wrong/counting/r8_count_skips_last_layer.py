"""counting.count_parameters: range(1, len(widths) - 1) leaves the output layer out."""


def count_parameters(widths):
    return sum((widths[l - 1] + 1) * widths[l] for l in range(1, len(widths) - 1))
