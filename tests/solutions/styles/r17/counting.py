"""Counting MLP parameters (habit: defensive production code: validation, ValueError, plain ints, no aliasing)."""

from typing import Dict, List, Sequence


def _validated_widths(widths: Sequence[int]) -> List[int]:
    """A fresh list of non-negative Python ints, or ValueError naming the bad entry."""
    if widths is None:
        raise ValueError("widths must be a sequence of layer widths, got None")
    checked = []
    for position, width in enumerate(list(widths)):
        if int(width) != width or int(width) < 0:
            raise ValueError(f"widths[{position}] = {width!r} is not a non-negative integer")
        checked.append(int(width))
    return checked


def parameter_breakdown(widths: Sequence[int]) -> List[Dict[str, object]]:
    """Per layer l = 1..L: {"layer": l, "shape": (n_in, n_out), "weights": n_in*n_out, "biases": n_out, "total": ...}."""
    sizes = _validated_widths(widths)
    rows = []
    for layer, (n_in, n_out) in enumerate(zip(sizes[:-1], sizes[1:]), start=1):
        weights = n_in * n_out
        rows.append({"layer": layer, "shape": (n_in, n_out), "weights": weights,
                     "biases": n_out, "total": weights + n_out})
    assert all(isinstance(row["total"], int) for row in rows)
    return rows


def count_parameters(widths: Sequence[int]) -> int:
    """Total weights and biases of an MLP with layer widths [n_0, ..., n_L]: sum_l (n_{l-1} + 1) * n_l."""
    return int(sum(row["total"] for row in parameter_breakdown(widths)))
