"""counting.count_parameters: Right: works for lists, tuples or numpy arrays of widths, converting each term to a plain int."""

def count_parameters(widths):
    w = [int(n) for n in widths]
    return sum((a + 1) * b for a, b in zip(w, w[1:]))
