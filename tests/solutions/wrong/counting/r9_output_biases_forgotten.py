"""counting.count_parameters: counts every layer's weights but biases only for the hidden layers (n_l for l < L): the output layer's biases are missing."""

def count_parameters(widths):
    ws = [int(w) for w in widths]
    weights = sum(a * b for a, b in zip(ws[:-1], ws[1:]))
    return weights + sum(ws[1:-1])
