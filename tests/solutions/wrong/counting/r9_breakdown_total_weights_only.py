"""counting.parameter_breakdown: "total" is the weights alone, the biases left out."""

def parameter_breakdown(widths):
    ws = [int(w) for w in widths]
    return [{"layer": l, "shape": (a, b), "weights": a * b, "biases": b, "total": a * b}
            for l, (a, b) in enumerate(zip(ws[:-1], ws[1:]), start=1)]
