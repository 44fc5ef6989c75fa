"""counting.parameter_breakdown: reports each shape as (n_out, n_in), the torch nn.Linear weight layout, instead of (n_in, n_out)."""


def parameter_breakdown(widths):
    return [{"layer": l, "shape": (b, a), "weights": a * b, "biases": b, "total": a * b + b}
            for l, (a, b) in enumerate(zip(widths[:-1], widths[1:]), start=1)]
