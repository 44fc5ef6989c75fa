"""counting.count_parameters: counts one bias per input unit of each layer, (n_{l-1} * n_l + n_{l-1}), instead of one per output unit."""

def count_parameters(widths):
    ws = [int(w) for w in widths]
    return sum(a * b + a for a, b in zip(ws, ws[1:]))
