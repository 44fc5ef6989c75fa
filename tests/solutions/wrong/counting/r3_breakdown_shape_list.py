"""counting.parameter_breakdown: "shape" is a list [n_in, n_out], not the tuple (n_in, n_out) the docstring shows."""

def parameter_breakdown(widths):
    return [{"layer": l, "shape": [a, b], "weights": a * b, "biases": b, "total": a * b + b}
            for l, (a, b) in enumerate(zip(widths[:-1], widths[1:]), start=1)]
