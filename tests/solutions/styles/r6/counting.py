"""A correct solution of exercises/counting.py, style r6: recursion over the width list."""


def parameter_breakdown(widths):
    def rows(ws, layer):
        if len(ws) < 2:
            return []
        n_in, n_out = int(ws[0]), int(ws[1])
        row = {"layer": layer, "shape": (n_in, n_out), "weights": n_in * n_out, "biases": n_out,
               "total": n_in * n_out + n_out}
        return [row] + rows(ws[1:], layer + 1)

    return rows(list(widths), 1)


def count_parameters(widths):
    return sum(row["total"] for row in parameter_breakdown(widths))


assert count_parameters([784, 128, 64, 10]) == 109386
