"""counting.parameter_breakdown: reports the weight shape as Caffe's InnerProduct blob (num_output, K) = (n_out, n_in), not the batch-first (n_in, n_out)."""


def parameter_breakdown(widths):
    rows = []
    for l in range(1, len(widths)):
        n_in, n_out = int(widths[l - 1]), int(widths[l])
        rows.append({"layer": l, "shape": (n_out, n_in), "weights": n_in * n_out, "biases": n_out,
                     "total": n_in * n_out + n_out})
    return rows
