"""counting.count_parameters: gives the input layer biases too (weights + sum of ALL widths)"""


def count_parameters(widths):
    return sum(a * b for a, b in zip(widths[:-1], widths[1:])) + sum(widths)
