"""Exercise: counting the learnable parameters of a fully connected MLP.

Data Science from Scratch style: plain lists of ints, typed helpers, no numpy needed.
"""

from typing import Dict, List, Tuple

Widths = List[int]


def _layer_pairs(widths: Widths) -> List[Tuple[int, int]]:
    """(n_in, n_out) of every layer, read from a snapshot of the widths."""
    sizes = [int(n) for n in widths]
    return list(zip(sizes[:-1], sizes[1:]))


def parameter_breakdown(widths):
    """Per layer l = 1..L: {"layer": l, "shape": (n_in, n_out), "weights": n_in*n_out, "biases": n_out, "total": ...}."""
    rows: List[Dict] = []
    for layer, (n_in, n_out) in enumerate(_layer_pairs(widths), start=1):
        weights = n_in * n_out
        rows.append({"layer": layer, "shape": (n_in, n_out), "weights": weights,
                     "biases": n_out, "total": weights + n_out})
    return rows


def count_parameters(widths):
    """Total weights and biases of an MLP with layer widths [n_0, ..., n_L]: sum_l (n_{l-1} + 1) * n_l."""
    return sum((n_in + 1) * n_out for n_in, n_out in _layer_pairs(widths))
