"""counting.parameter_breakdown: shape (n_out, n_in) (the PyTorch convention) instead of (n_in, n_out)."""

def parameter_breakdown(widths):
    return [{"layer": l, "shape": (b, a), "weights": a * b, "biases": b, "total": a * b + b}
            for l, (a, b) in enumerate(zip(widths[:-1], widths[1:]), start=1)]
