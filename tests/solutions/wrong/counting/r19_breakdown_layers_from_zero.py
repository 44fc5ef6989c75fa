"""counting.parameter_breakdown: Layers numbered from 0 like the list index (layer 0 is the first weight layer), not l =
1..L.
"""

def parameter_breakdown(widths):
    """Layers numbered from 0 like the list index (layer 0 is the first weight layer), not l = 1..L."""
    rows = []
    for l, (n_in, n_out) in enumerate(zip(widths[:-1], widths[1:])):
        n_in, n_out = int(n_in), int(n_out)
        rows.append({"layer": l, "shape": (n_in, n_out), "weights": n_in * n_out, "biases": n_out,
                     "total": n_in * n_out + n_out})
    return rows
