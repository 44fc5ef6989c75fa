"""counting.parameter_breakdown: pops the input width off the caller's list (widths.pop(0)), so the caller's list loses n_0.

Habit: defensive code that validates then "consumes" the input width; the values are right on the first call.
"""


def parameter_breakdown(widths):
    if len(widths) < 2:
        raise ValueError("need at least two widths")
    n_in = int(widths.pop(0))
    rows = []
    for layer, n_out in enumerate(widths, start=1):
        n_out = int(n_out)
        rows.append({"layer": layer, "shape": (n_in, n_out), "weights": n_in * n_out,
                     "biases": n_out, "total": n_in * n_out + n_out})
        n_in = n_out
    return rows
