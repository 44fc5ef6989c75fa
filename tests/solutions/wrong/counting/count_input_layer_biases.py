"""counting.count_parameters: also gives the input layer biases (adds n_0), though no computation happens there."""

def count_parameters(widths):
    total = int(widths[0])
    for a, b in zip(widths[:-1], widths[1:]):
        total += (int(a) + 1) * int(b)
    return total
