"""counting.parameter_breakdown: "total" is the running total up to layer l (a cumulative summary column), not the layer's own weights + biases"""


def parameter_breakdown(widths):
    rows, running = [], 0
    for l in range(1, len(widths)):
        n_in, n_out = int(widths[l - 1]), int(widths[l])
        running += n_in * n_out + n_out
        rows.append({"layer": l, "shape": (n_in, n_out), "weights": n_in * n_out, "biases": n_out, "total": running})
    return rows
