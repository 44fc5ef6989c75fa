"""counting.count_parameters: counts only the weights, forgetting every layer's biases."""

def count_parameters(widths):
    return sum(int(a) * int(b) for a, b in zip(widths[:-1], widths[1:]))
