"""counting.parameter_breakdown: returns a generator, not a list: walked once it is empty, and it has no len()."""

def parameter_breakdown(widths):
    return ({"layer": l, "shape": (widths[l - 1], widths[l]), "weights": widths[l - 1] * widths[l],
             "biases": widths[l], "total": (widths[l - 1] + 1) * widths[l]}
            for l in range(1, len(widths)))
