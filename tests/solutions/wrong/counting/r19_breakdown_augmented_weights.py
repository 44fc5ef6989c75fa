"""counting.parameter_breakdown: Haykin's augmented weight matrix: "weights" counts the thresholds too ((n_in + 1) n_out), and the
total adds the biases once more.
"""

def parameter_breakdown(widths):
    """Haykin's augmented weight matrix: "weights" counts the thresholds too ((n_in + 1) n_out), and "biases" counts them again in the total."""
    rows = []
    for l in range(1, len(widths)):
        n_in, n_out = int(widths[l - 1]), int(widths[l])
        rows.append({"layer": l, "shape": (n_in, n_out), "weights": (n_in + 1) * n_out, "biases": n_out,
                     "total": (n_in + 1) * n_out + n_out})
    return rows
