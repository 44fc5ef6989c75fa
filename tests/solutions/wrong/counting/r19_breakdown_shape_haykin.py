"""counting.parameter_breakdown: Shape given as Haykin's w_ji matrix (n_out, n_in), one row per neuron, instead of the
batch-first (n_in, n_out).
"""

def parameter_breakdown(widths):
    """Shape given as Haykin's w_ji matrix (n_out, n_in), one row per neuron, instead of the batch-first (n_in, n_out)."""
    rows = []
    for l in range(1, len(widths)):
        n_in, n_out = int(widths[l - 1]), int(widths[l])
        rows.append({"layer": l, "shape": (n_out, n_in), "weights": n_in * n_out, "biases": n_out,
                     "total": (n_in + 1) * n_out})
    return rows
