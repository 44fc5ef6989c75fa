"""counting.parameter_breakdown: "shape" as a list [n_in, n_out] instead of a tuple."""

def parameter_breakdown(widths):
    ws = [int(w) for w in widths]
    return [{"layer": l, "shape": [a, b], "weights": a * b, "biases": b, "total": a * b + b}
            for l, (a, b) in enumerate(zip(ws[:-1], ws[1:]), start=1)]
