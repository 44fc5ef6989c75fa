"""counting.parameter_breakdown: builds one dict outside the loop and appends it for every layer, so every row shows the last layer"""


def parameter_breakdown(widths):
    row = {}
    rows = []
    for l in range(1, len(widths)):
        n_in, n_out = int(widths[l - 1]), int(widths[l])
        row["layer"] = l
        row["shape"] = (n_in, n_out)
        row["weights"] = n_in * n_out
        row["biases"] = n_out
        row["total"] = n_in * n_out + n_out
        rows.append(row)
    return rows
