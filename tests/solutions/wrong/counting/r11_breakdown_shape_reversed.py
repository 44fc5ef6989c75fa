"""counting.parameter_breakdown: shape written (n_out, n_in), the PyTorch nn.Linear order"""


def parameter_breakdown(widths):
    return [{"layer": l + 1, "shape": (b, a), "weights": a * b, "biases": b, "total": a * b + b}
            for l, (a, b) in enumerate(zip(widths[:-1], widths[1:]))]
