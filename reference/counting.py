"""Counting the learnable parameters of a fully connected MLP.

Layer l maps n_{l-1} inputs to n_l units: n_{l-1} * n_l weights plus n_l biases.
The input layer computes nothing and has no parameters.

    3-4-2:            (3*4 + 4) + (4*2 + 2) = 26
    [784, 128, 64, 10]: 100,480 + 8,256 + 650 = 109,386
    [3, 3, 3, 3]:       3 * (9 + 3) = 36
"""


def parameter_breakdown(widths):
    """Per layer l = 1..L: {"layer": l, "shape": (n_in, n_out), "weights": n_in*n_out, "biases": n_out, "total": ...}."""
    if len(widths) < 2 or any(int(w) != w or w < 1 for w in widths):
        raise ValueError(f"widths {list(widths)} must be at least two positive integers, input first")
    return [
        {"layer": layer, "shape": (n_in, n_out), "weights": n_in * n_out, "biases": n_out,
         "total": n_in * n_out + n_out}
        for layer, (n_in, n_out) in enumerate(zip(widths[:-1], widths[1:]), start=1)
    ]


def count_parameters(widths):
    """Total weights and biases of an MLP with layer widths [n_0, ..., n_L]: sum_l (n_{l-1} + 1) * n_l."""
    return sum(row["total"] for row in parameter_breakdown(widths))
