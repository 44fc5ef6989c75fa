"""Parameter counting with plain for loops (loops style)."""


def parameter_breakdown(widths):
    rows = []
    for l in range(1, len(widths)):
        n_in = int(widths[l - 1])
        n_out = int(widths[l])
        weights = 0
        for _ in range(n_in):
            weights += n_out
        rows.append({"layer": l, "shape": (n_in, n_out), "weights": weights, "biases": n_out,
                     "total": weights + n_out})
    return rows


def count_parameters(widths):
    total = 0
    for row in parameter_breakdown(widths):
        total += row["total"]
    return total
