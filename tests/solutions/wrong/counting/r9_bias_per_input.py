"""counting.count_parameters: (n_l + 1) * n_{l-1}: one bias per input unit instead of per output unit."""

def count_parameters(widths):
    ws = [int(w) for w in widths]
    return sum((b + 1) * a for a, b in zip(ws[:-1], ws[1:]))
