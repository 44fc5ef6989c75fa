"""counting.parameter_breakdown: Prince's Omega_k shape (D_k, D_{k-1}), i.e. (n_out, n_in), not the docstring's (n_in, n_out)"""


def parameter_breakdown(widths):
    D = [int(d) for d in widths]
    return [{"layer": k, "shape": (D[k], D[k - 1]), "weights": D[k] * D[k - 1], "biases": D[k],
             "total": D[k] * D[k - 1] + D[k]} for k in range(1, len(D))]
