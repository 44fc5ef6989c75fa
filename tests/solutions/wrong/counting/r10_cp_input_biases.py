"""counting.count_parameters: biases for every width, the input layer included"""


def count_parameters(widths):
    weights = sum(a * b for a, b in zip(widths, widths[1:]))
    return weights + sum(widths)
