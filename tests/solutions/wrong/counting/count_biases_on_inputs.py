"""counting.count_parameters: gives each layer n_in biases instead of n_out: sum (n_l + 1) * n_{l-1}."""

def count_parameters(widths):
    return sum((int(b) + 1) * int(a) for a, b in zip(widths[:-1], widths[1:]))
