"""counting.parameter_breakdown: "total" is the layer's weight count only; the biases are listed but left out of the total."""

def parameter_breakdown(widths):
    ws = [int(w) for w in widths]
    return [{"layer": l, "shape": (a, b), "weights": a * b, "biases": b, "total": a * b}
            for l, (a, b) in enumerate(zip(ws, ws[1:]), 1)]
