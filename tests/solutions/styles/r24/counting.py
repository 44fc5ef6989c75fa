"""Parameter counting the way Caffe reports it at net setup (style r24).

Caffe's InnerProductLayer::LayerSetUp makes two blobs: the weight blob of
shape (num_output, K) and, with bias_term, the bias blob (num_output,); the
net's learnable_params are all of them. Our layout is batch-first, so the
weight shape reported is (n_in, n_out).
"""


def _inner_product_blobs(n_in, num_output, bias_term=True):
    """Shapes of an InnerProduct layer's learnable blobs: weight, then bias."""
    shapes = [(n_in, num_output)]
    if bias_term:
        shapes.append((num_output,))
    return shapes


def _count(shape):
    total = 1
    for dim in shape:
        total *= int(dim)
    return total


def parameter_breakdown(widths):
    """Per layer l = 1..L: {"layer": l, "shape": (n_in, n_out), "weights", "biases", "total"}."""
    widths = [int(n) for n in widths]
    rows = []
    for l in range(1, len(widths)):
        weight_shape, bias_shape = _inner_product_blobs(widths[l - 1], widths[l])
        weights, biases = _count(weight_shape), _count(bias_shape)
        rows.append({"layer": l, "shape": weight_shape, "weights": weights,
                     "biases": biases, "total": weights + biases})
    return rows


def count_parameters(widths):
    """Sum of every learnable blob's count: sum_l (n_{l-1} + 1) * n_l."""
    return sum(row["total"] for row in parameter_breakdown(widths))
