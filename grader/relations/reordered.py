"""Relations of batches of rows: mini-batches [(X_b, Y_b), ...] (or a list of arrays) of a function with a
batch_size, whose rows are the right rows in another order.

A result that is a list of batches, each an array or a tuple of arrays with one row per example, is judged as a
whole: an example's row is its rows in every array of the batch side by side (x_i beside y_i), so a reordering
that keeps each x_i with its own y_i is told apart from one that pairs them wrongly (parts.py says that one).
Tried on the calls where the result is off, claimed only when it holds on every one of them, with batches of the
right sizes and at least two different rows:

    rows   within   every batch holds its own right rows, in another order inside it
           epoch    every right row once over the epoch, in batches of the right sizes, but other rows
                    share a batch: the epoch is shuffled in another order
"""

from __future__ import annotations

from typing import Any

import numpy as np

from mlptutor.grader.relations.base import Relation
from mlptutor.grader.relations.values import Item, Setting


def _batches(value: Any) -> list[list[np.ndarray]] | None:
    """The value as batches, each the list of its arrays (one row per example in every one), else None."""
    if type(value) not in (list, tuple) or not value:
        return None
    found = []
    for batch in value:
        arrays = [batch] if type(batch) is np.ndarray else list(batch) if type(batch) in (list, tuple) else []
        if not arrays or any(type(a) is not np.ndarray or a.ndim == 0 or a.dtype.kind not in "fiub" for a in arrays):
            return None
        if len({len(a) for a in arrays}) != 1:
            return None
        found.append(arrays)
    return found if len({tuple(a.shape[1:] for a in b) for b in found}) == 1 else None


def _rows(batch: list[np.ndarray]) -> np.ndarray:
    """One row per example: its entries in every array of the batch, side by side."""
    return np.hstack([a.reshape(len(a), -1).astype(np.float64) for a in batch])


def _sorted(rows: np.ndarray) -> np.ndarray:
    return rows[np.lexsort(rows.T[::-1])] if rows.size else rows


def _same_rows(got: np.ndarray, expected: np.ndarray) -> bool:
    """The same rows, each as often, in any order (exact: a batch copies its rows)."""
    return got.shape == expected.shape and np.array_equal(_sorted(got), _sorted(expected), equal_nan=True)


def _how(got: list[list[np.ndarray]], expected: list[list[np.ndarray]]) -> str | None:
    """'right', 'within', 'epoch', or None: how the student's batches relate to the right ones."""
    if len(got) != len(expected) or any(len(g) != len(e) or any(a.shape != b.shape for a, b in zip(g, e))
                                        for g, e in zip(got, expected)):
        return None
    if all(np.array_equal(a, b, equal_nan=True) for g, e in zip(got, expected) for a, b in zip(g, e)):
        return "right"
    got_rows, exp_rows = [_rows(b) for b in got], [_rows(b) for b in expected]
    whole = np.vstack(exp_rows)
    if len(np.unique(whole, axis=0)) < 2 or not _same_rows(np.vstack(got_rows), whole):
        return None
    return "within" if all(_same_rows(g, e) for g, e in zip(got_rows, exp_rows)) else "epoch"


def batch_rows(items: list[Item], setting: Setting) -> Relation | None:
    """The student's batches of rows related to the right ones (see the module docstring), or None."""
    if "batch_size" not in setting.parameters:  # a list of other arrays (a layer's each) is no epoch of rows
        return None
    kinds = set()
    for item in items:
        got, expected = _batches(item.got), _batches(item.expected)
        how = None if got is None or expected is None else _how(got, expected)
        if how is None:
            return None
        kinds.add(how)
    kinds.discard("right")  # a call where the result is right agrees with any order
    if not kinds:
        return None
    what = setting.function
    paired = " (each example with its own targets)" if all(len(b) > 1 for b in _batches(items[0].expected)) else ""
    if kinds == {"within"}:
        return Relation("rows", f"your {what} puts the right rows in every batch{paired}, but in another order inside "
                                f"the batch: take each batch's rows in the order of its indices (no sorting or "
                                f"shuffling inside a batch)", "the right batches with their rows in another order", ())
    shuffle = ("rng.permutation(n) of the generator passed in gives: shuffle with that generator (not np.random, not "
               "a new generator), once per epoch" if "rng" in setting.parameters else "the right one")
    return Relation("rows", f"your {what} holds the right rows{paired} in batches of the right sizes, but in another "
                            f"order over the epoch than {shuffle}", "the right rows in another order over the epoch", ())
