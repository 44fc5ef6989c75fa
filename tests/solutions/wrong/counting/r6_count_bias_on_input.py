"""counting.count_parameters: counts a bias for every width, the input layer included (+ n_0)."""

def count_parameters(widths):
    return sum(a * b for a, b in zip(widths[:-1], widths[1:])) + sum(widths)
