"""Relations of layout: a transpose, rows (or columns) in another order, the reference along another axis."""

from __future__ import annotations

import numpy as np

from grader.relations.base import Relation, fit, times
from grader.relations.changes import Change, Memo, explain
from grader.relations.values import Leaf, Setting, holds


def _swap(a: np.ndarray) -> np.ndarray | None:
    return np.swapaxes(a, -1, -2) if a.ndim >= 2 else None


def transpose(leaf: Leaf, setting: Setting) -> Relation | None:
    """got = expected transposed (the last two axes swapped), exactly or times a named factor."""
    if not leaf.numeric:
        return None
    f = fit(leaf, [_swap(e) for e in leaf.expected])
    if f is None:
        return None
    what = setting.label(leaf.path)
    title = f"the transpose of the right {what}{times(f)}"
    return Relation("transpose", f"your {what} is {title}: check the order of the factors of a matrix product "
                                 f"and which one is transposed", title, leaf.path,
                    lambda args, kwargs, item_pick, exp: _swap(np.asarray(exp, dtype=np.float64)))


def _orders(n: int):
    """(description, index order) for rows in another order: shifts, then the reverse."""
    for s in range(1, n):
        yield f"shifted by {s} (np.roll)", np.roll(np.arange(n), s)
    if n > 2:
        yield "in reverse order", np.arange(n)[::-1]


def rows(leaf: Leaf, setting: Setting) -> Relation | None:
    """The right rows (or columns) in another order: shifted, reversed, or permuted."""
    if not leaf.numeric or not all(g.shape == e.shape and e.ndim >= 1 for g, e in zip(leaf.got, leaf.expected)):
        return None
    what = setting.label(leaf.path)
    for axis, name in ((0, "rows"), (-1, "columns")):
        if all(e.ndim == 1 for e in leaf.expected) and axis == -1:
            break
        label = "entries" if leaf.expected[0].ndim == 1 else name
        sizes = {e.shape[axis] for e in leaf.expected}
        if len(sizes) == 1:  # one order for every call: name it
            for description, order in _orders(sizes.pop()):
                if all(holds(g, np.take(e, order, axis=axis)) for g, e in zip(leaf.got, leaf.expected)):
                    return Relation("rows", f"your {what} has the right {label} {description}: "
                                            f"an index is off (check the slicing or the loop's range)",
                                    f"the right {what} with its {label} {description}", leaf.path,
                                    lambda args, kwargs, item_pick, exp, order=order, axis=axis:
                                        np.take(np.asarray(exp, dtype=np.float64), order, axis=axis)
                                        if np.shape(exp)[axis] == len(order) else None)
        if all(_permuted(g, e, axis) for g, e in zip(leaf.got, leaf.expected)):
            return Relation("rows", f"your {what} has the right {label} in another order: keep the order of "
                                    f"the input (no sorting or shuffling; pick by the same indices)",
                            f"the right {what} with its {label} permuted", leaf.path)
    return None


def _permuted(got: np.ndarray, exp: np.ndarray, axis: int) -> bool:
    """Each slice of got along `axis` is a distinct slice of exp (True also when got == exp)."""
    g, e = np.moveaxis(got, axis, 0), np.moveaxis(exp, axis, 0)
    unused = list(range(len(e)))
    for row in g:
        match = next((j for j in unused if holds(row, e[j])), None)
        if match is None:
            return False
        unused.remove(match)
    return True


def _transposed_arguments(args: tuple, kwargs: dict):
    if not any(type(a) is np.ndarray and a.ndim == 2 for a in args):
        return None
    return tuple(a.T if type(a) is np.ndarray and a.ndim == 2 else a for a in args), kwargs


def _flattened_arguments(args: tuple, kwargs: dict):
    if not any(type(a) is np.ndarray and a.ndim == 2 and a.shape[0] > 1 for a in args):
        return None
    return tuple(a.reshape(1, -1) if type(a) is np.ndarray and a.ndim == 2 else a for a in args), kwargs


AXIS_CHANGES = [
    Change("axis", "computed along the first axis (down the columns) instead of the last",
           "each row is one example: reduce over axis=-1 (the last axis), with keepdims=True",
           _transposed_arguments, lambda value, exp: value.T if value.ndim == 2 else value),
    Change("axis", "computed over the whole batch at once instead of row by row",
           "each row is one example: reduce over each row (axis=-1, keepdims=True), not over every entry",
           _flattened_arguments, lambda value, exp: value.reshape(exp.shape) if value.size == exp.size else None),
]


def axis(leaf: Leaf, setting: Setting, memo: Memo) -> Relation | None:
    """The reference applied along another axis: on the transposed input, or on the whole batch as one row."""
    return explain(leaf, setting, AXIS_CHANGES, memo)
