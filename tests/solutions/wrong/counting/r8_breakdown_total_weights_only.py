"""counting.parameter_breakdown: each row's "total" is the weights alone (biases left out of the total)."""


def parameter_breakdown(widths):
    return [{"layer": l, "shape": (a, b), "weights": a * b, "biases": b, "total": a * b}
            for l, (a, b) in enumerate(zip(widths[:-1], widths[1:]), start=1)]
