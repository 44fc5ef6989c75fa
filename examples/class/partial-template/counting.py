"""Exercise: counting the learnable parameters of a fully connected MLP.

widths = [n_0, ..., n_L] lists the input width first, then every layer's
number of units. Return plain Python ints. A result depends only on the values
passed: a caller may refill its widths list in place and call again.
"""


def parameter_breakdown(widths):
    """Per layer l = 1..L: {"layer": l, "shape": (n_in, n_out), "weights": n_in*n_out, "biases": n_out, "total": ...}."""
    raise NotImplementedError


def count_parameters(widths):
    """Total weights and biases of an MLP with layer widths [n_0, ..., n_L]: sum_l (n_{l-1} + 1) * n_l."""
    raise NotImplementedError
