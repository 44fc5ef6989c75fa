"""Parameter counting, R style: head(widths, -1) are the inputs of the layers, tail(widths, -1) their units."""


def parameter_breakdown(widths):
    """Per layer l = 1..L: {"layer", "shape" (n_in, n_out), "weights", "biases", "total"}, plain ints."""
    n = [int(k) for k in widths]
    rows = []
    for l, (n_in, n_out) in enumerate(zip(n[:-1], n[1:]), start=1):
        rows.append({"layer": l, "shape": (n_in, n_out), "weights": n_in * n_out, "biases": n_out,
                     "total": (n_in + 1) * n_out})
    return rows


def count_parameters(widths):
    """sum_l (n_{l-1} + 1) * n_l: each unit has one weight per input plus its bias (the constant input 1)."""
    n = [int(k) for k in widths]
    return sum((a + 1) * b for a, b in zip(n[:-1], n[1:]))
