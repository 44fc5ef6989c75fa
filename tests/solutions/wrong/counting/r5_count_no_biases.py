"""counting.count_parameters: counts only the weights, no biases."""

def count_parameters(widths):
    return sum(a * b for a, b in zip(widths[:-1], widths[1:]))
