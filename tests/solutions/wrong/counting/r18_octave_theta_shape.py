"""counting.parameter_breakdown: Gives each layer's shape as Octave ex4's Theta_l, (n_l, n_{l-1} + 1) with the bias
column folded in, not the weight matrix shape (n_in, n_out) the docstring asks for.
"""

def parameter_breakdown(widths):
    """Gives each layer's shape as Octave ex4's Theta_l, (n_l, n_{l-1} + 1) with the bias column folded in, not the weight matrix shape (n_in, n_out) the docstring asks for."""
    rows = []
    for l in range(1, len(widths)):
        n_in, n_out = int(widths[l - 1]), int(widths[l])
        rows.append({"layer": l, "shape": (n_out, n_in + 1), "weights": n_in * n_out, "biases": n_out,
                     "total": (n_in + 1) * n_out})
    return rows
