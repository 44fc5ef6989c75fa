"""Relations of layout: a transpose, rows (or columns) in another order, the reference along another
axis, the right numbers in another shape, one entry of the result holding another's value."""

from __future__ import annotations

import numpy as np

from mlptutor.grader.relations.base import Relation, fit, times
from mlptutor.grader.relations.changes import Change, Memo, explain
from mlptutor.grader.checks.validate import leaves
from mlptutor.grader.relations.values import Leaf, Setting, holds, number, one_number


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
    """(description, order of n indices) for rows in another order: shifts, then the reverse."""
    for s in range(1, n):
        yield f"shifted by {s} (np.roll)", lambda m, s=s: np.roll(np.arange(m), s)
    yield "in reverse order", lambda m: np.arange(m)[::-1]


def rows(leaf: Leaf, setting: Setting) -> Relation | None:
    """The right rows (or columns) in another order: shifted, reversed, or permuted."""
    if not leaf.numeric or not all(g.shape == e.shape and e.ndim >= 1 for g, e in zip(leaf.got, leaf.expected)):
        return None
    if all(holds(g, e) or holds(g, -e) for g, e in zip(leaf.got, leaf.expected)):
        # the right values or their negation on every call: of entries [c, -c] (a 2-class bias) a swap is a negation,
        # which the sign relation says
        return None
    what = setting.label(leaf.path)
    for axis, name in ((0, "rows"), (-1, "columns")):
        if all(e.ndim == 1 for e in leaf.expected) and axis == -1:
            break
        label = "entries" if leaf.expected[0].ndim == 1 else name
        for description, order in _orders(max(e.shape[axis] for e in leaf.expected)):
            if all(holds(g, np.take(e, order(e.shape[axis]), axis=axis)) for g, e in zip(leaf.got, leaf.expected)):
                return Relation("rows", f"your {what} has the right {label} {description}: "
                                        f"an index is off (check the slicing or the loop's range)",
                                f"the right {what} with its {label} {description}", leaf.path,
                                lambda args, kwargs, item_pick, exp, order=order, axis=axis:
                                    np.take(np.asarray(exp, dtype=np.float64), order(np.shape(exp)[axis]), axis=axis)
                                    if np.ndim(exp) else None)
        if all(_permuted(g, e, axis) for g, e in zip(leaf.got, leaf.expected)):
            return Relation("rows", f"your {what} has the right {label} in another order: keep the order of "
                                    f"the input (no sorting or shuffling; pick by the same indices)",
                            f"the right {what} with its {label} permuted", leaf.path)
    if all(e.ndim == 2 and holds(g, e.reshape(e.shape[::-1]).T) for g, e in zip(leaf.got, leaf.expected)):
        return Relation("rows", f"your {what} holds the right numbers laid out transposed: made in shape "
                                f"(columns, rows) and transposed; make it in its own shape, filled row by row",
                        f"the right {what} laid out transposed", leaf.path,
                        lambda args, kwargs, item_pick, exp: np.asarray(exp).reshape(np.shape(exp)[::-1]).T
                        if np.ndim(exp) == 2 else None)
    if all(e.size > 1 and np.ptp(e) > 0 and holds(np.sort(g, axis=None), np.sort(e, axis=None))
           for g, e in zip(leaf.got, leaf.expected)):
        return Relation("rows", f"your {what} holds the right numbers in another order: keep the order in which "
                                f"they are computed or drawn", f"the right {what} in another order", leaf.path)
    return None


def reshape(leaf: Leaf, setting: Setting) -> Relation | None:
    """The right numbers in the right order, in another shape (an axis dropped or added)."""
    if not leaf.numeric or all(g.shape == e.shape for g, e in zip(leaf.got, leaf.expected)):
        return None
    if not all(g.size == e.size and holds(g.ravel(), e.ravel()) for g, e in zip(leaf.got, leaf.expected)):
        return None
    what = setting.label(leaf.path)
    got, exp = next((g.shape, e.shape) for g, e in zip(leaf.got, leaf.expected) if g.shape != e.shape)
    # an axis too many (a keepdims sum, a column kept) wants the opposite advice of an axis lost (a squeeze)
    advice = ("drop the extra axis (a sum with keepdims=True, a column or row vector kept): give exactly the axes "
              "the docstring gives" if len(got) > len(exp) else
              "keep every axis the docstring gives, those of length 1 too (a batch of one, a layer of one unit: "
              "np.squeeze drops them all)")
    return Relation("reshape", f"your {what} has the right numbers in shape {got} where {exp} is due: {advice}",
                    f"the right {what} in shape {got}", leaf.path,
                    lambda args, kwargs, item_pick, exp: None)


def entry(leaf: Leaf, setting: Setting) -> Relation | None:
    """The leaf holds the right value of another leaf of the result (entries mixed up); for evidence of one
    part of the result (a cache), another part of the whole right result too (the output in the cache). Not for
    a single number, one call's: among the result's other numbers one is equal to it by chance too often."""
    if not leaf.numeric or sum(g.size for g in leaf.got) < 2:
        return None
    others = [dict(leaves(item.expected)) for item in leaf.items]
    found = _holding(leaf, others, setting.label, leaf.path)
    if found is None and any(item.pick for item in leaf.items):
        wholes = [setting.run(item.args, item.kwargs, None) for item in leaf.items]
        if all(w is not None for w in wholes):
            label = lambda path: "result" + "".join(f"[{p!r}]" for p in path)  # noqa: E731
            found = _holding(leaf, [dict(leaves(w)) for w in wholes], label, leaf.items[0].pick + leaf.path)
    if found is None:
        return None
    what, where = setting.label(leaf.path), found
    return Relation("entry", f"your {what} holds what {where} should hold: the entries are mixed up",
                    f"the right {where} in place of {what}", leaf.path)


def _holding(leaf: Leaf, others: list[dict], label, own: tuple) -> str | None:
    """The label of another leaf (not `own`, the leaf's place there) whose right value the student's leaf
    holds on every item, or None."""
    for path in others[0]:
        if path == own or not all(path in o for o in others):
            continue
        values = [number(o[path]) for o in others]
        if any(v is None for v in values) or one_number(values):  # one number everywhere: any constant "holds" it
            continue
        if all(holds(g, v) for g, v in zip(leaf.got, values)):
            return label(path)
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
    """Every matrix argument transposed (a call on vectors only is left as it is: it has one axis)."""
    return tuple(a.T if type(a) is np.ndarray and a.ndim == 2 else a for a in args), kwargs


def _flattened_arguments(args: tuple, kwargs: dict):
    """Every matrix argument as one row (a call on vectors or single rows is left as it is)."""
    return tuple(a.reshape(1, -1) if type(a) is np.ndarray and a.ndim == 2 else a for a in args), kwargs


AXIS_CHANGES = [
    Change("axis", "computed along the first axis (down the columns) instead of the last",
           "each row is one example: reduce along the last axis, and keep it so that the result lines up with the rows",
           _transposed_arguments, lambda value, exp: value.T if value.ndim == 2 else value, scaled=True),
    Change("axis", "computed over the whole batch at once instead of row by row",
           "each row is one example: reduce within each row, not over every entry (check the result's shape)",
           _flattened_arguments, lambda value, exp: value.reshape(exp.shape) if value.size == exp.size else None,
           scaled=True),
]


def axis(leaf: Leaf, setting: Setting, memo: Memo) -> Relation | None:
    """The reference applied along another axis: on the transposed input, or on the whole batch as one row."""
    return explain(leaf, setting, AXIS_CHANGES, memo)


def reduced(leaf: Leaf, setting: Setting) -> Relation | None:
    """One number where an array is due, and it is the sum (or mean, max) of the right array's entries; not where
    every right array is one number repeated (ones of z's shape): its mean and max are that number, returned as
    it is rather than reduced."""
    if not leaf.numeric or not all(g.size == 1 and e.size > 1 for g, e in zip(leaf.got, leaf.expected)):
        return None
    if all(one_number([e]) for e in leaf.expected):
        return None
    what = setting.label(leaf.path)
    for name, reduce in (("sum", np.sum), ("mean", np.mean), ("largest", np.max)):
        if all(holds(g.reshape(()), np.asarray(reduce(e))) for g, e in zip(leaf.got, leaf.expected)):
            return Relation("axis", f"your {what} is one number, the {name} of the right {what}'s entries: "
                                    f"reduce over the axis the docstring names only (axis=..., not every entry)",
                            f"the {name} of the right {what}'s entries", leaf.path)
    return None
