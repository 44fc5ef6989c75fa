"""counting.parameter_breakdown: gives each shape in the PDP w_ji layout (n_out, n_in), one row per receiving unit, instead of (n_in, n_out)"""


def parameter_breakdown(widths):
    sizes = [int(n) for n in widths]
    return [{"layer": l, "shape": (n_out, n_in), "weights": n_in * n_out, "biases": n_out, "total": (n_in + 1) * n_out}
            for l, (n_in, n_out) in enumerate(zip(sizes[:-1], sizes[1:]), start=1)]
