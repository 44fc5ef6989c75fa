"""counting.parameter_breakdown: zips widths[1:] with widths[2:], so the first layer (input -> n_1) is missing and the rest are numbered from 1."""

def parameter_breakdown(widths):
    return [{"layer": l, "shape": (a, b), "weights": a * b, "biases": b, "total": a * b + b}
            for l, (a, b) in enumerate(zip(widths[1:-1], widths[2:]), start=1)]
