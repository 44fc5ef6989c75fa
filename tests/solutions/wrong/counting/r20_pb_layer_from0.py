"""counting.parameter_breakdown: layers numbered from 0 (Python's enumerate), not l = 1..L"""


def parameter_breakdown(widths):
    D = [int(d) for d in widths]
    return [{"layer": k, "shape": (n_in, n_out), "weights": n_in * n_out, "biases": n_out, "total": (n_in + 1) * n_out}
            for k, (n_in, n_out) in enumerate(zip(D[:-1], D[1:]))]
