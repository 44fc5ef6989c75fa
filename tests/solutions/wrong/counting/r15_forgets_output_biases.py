"""counting.count_parameters: biases counted for the hidden layers only (the output layer's n_L biases forgotten)"""


def count_parameters(widths):
    weights = sum(a * b for a, b in zip(widths[:-1], widths[1:]))
    return weights + sum(widths[1:-1])
