"""counting.parameter_breakdown: "total" holds only the weights, not weights + biases."""

def parameter_breakdown(widths):
    return [{"layer": l, "shape": (a, b), "weights": a * b, "biases": b, "total": a * b}
            for l, (a, b) in enumerate(zip(widths[:-1], widths[1:]), start=1)]
