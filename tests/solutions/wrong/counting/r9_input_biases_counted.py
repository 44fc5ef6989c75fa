"""counting.count_parameters: adds n_0 biases for the input layer, which has no learnable parameters."""

def count_parameters(widths):
    ws = [int(w) for w in widths]
    return sum((a + 1) * b for a, b in zip(ws[:-1], ws[1:])) + ws[0]
