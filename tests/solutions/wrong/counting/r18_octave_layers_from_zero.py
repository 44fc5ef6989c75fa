"""counting.parameter_breakdown: Fixes Octave's 1-based layer index with a -1 it did not need: layers are numbered
0..L-1 instead of 1..L.
"""

def parameter_breakdown(widths):
    """Fixes Octave's 1-based layer index with a -1 it did not need: layers are numbered 0..L-1 instead of 1..L."""
    rows = []
    for l in range(1, len(widths)):
        n_in, n_out = int(widths[l - 1]), int(widths[l])
        rows.append({"layer": l - 1, "shape": (n_in, n_out), "weights": n_in * n_out, "biases": n_out,
                     "total": (n_in + 1) * n_out})
    return rows
