"""The right result plus a constant times one of the arguments: a term the formula does not have, added with the
student's own constant (a weight decay 2 lambda W added to every dW inside a backward pass, with their own lambda;
or, inside a step, -eta lambda w: the constant times a number argument that differs between the calls).

One constant c, fitted by least squares over every entry of every call, such that got = expected + c X on every
call (or expected + c s X, s a number argument of the call), X an argument (or a part of one) of the leaf's shape, not
one number everywhere. Claimed only when it holds
everywhere, the fit is determined (more entries than SPARE where X is not 0, X not 0 where the leaf is off, X not
one number on every call), c is not 0 and the right value is not itself a multiple of X (then got is the right one
scaled); a right value fits c = 0 only.
"""

from __future__ import annotations

import numpy as np

from mlptutor.grader.relations.base import Relation, compact
from mlptutor.grader.relations.entries import labelled_arrays
from mlptutor.grader.relations.values import Leaf, Setting, holds

SPARE = 3  # entries beyond the one constant: with fewer, a constant fits by chance


def added_argument(leaf: Leaf, setting: Setting) -> Relation | None:
    """got = expected + c X on every call, X an argument (or a part of one) of the leaf's shape, c one constant."""
    if not leaf.numeric or any(g.shape != e.shape for g, e in zip(leaf.got, leaf.expected)) \
            or sum(e.size for e in leaf.expected) < 1 + SPARE:
        return None
    diffs = [(g - e).ravel() for g, e in zip(leaf.got, leaf.expected)]
    if not all(np.all(np.isfinite(d)) for d in diffs):
        return None
    diff = np.concatenate(diffs)
    tables = [dict(labelled_arrays(item.args, setting.parameters)) for item in leaf.items]
    numbers = [_numbers(item.args, setting.parameters) for item in leaf.items]
    # a number argument scales the term only where it differs between the calls (else c absorbs it)
    scales = [None] + [name for name in numbers[0] if all(name in n for n in numbers)
                       and len({n[name] for n in numbers}) > 1]
    for label, by in ((label, by) for label in tables[0] for by in scales):
        arrays = [t.get(label) for t in tables]
        if any(a is None or a.shape != g.shape for a, g in zip(arrays, leaf.got)):
            continue
        if by is not None:
            arrays = [a * n[by] for a, n in zip(arrays, numbers)]
        x = np.concatenate([a.astype(np.float64).ravel() for a in arrays])
        # an argument of one number on each call (all ones) adds a constant a call: entries.offset says that; the
        # fit needs SPARE entries where X is not 0 beyond the one constant
        if not np.all(np.isfinite(x)) or not np.any(x[diff != 0]) or np.count_nonzero(x) <= SPARE \
                or all(np.ptp(a) == 0 for a in arrays):
            continue
        # a right value k X itself: got is (k + c) X, the right one scaled (entries.constant_factor says that)
        if _proportional(np.concatenate([e.ravel() for e in leaf.expected]), x):
            continue
        c = float(x @ diff / (x @ x))
        if c == 0 or not all(holds(g, e + c * a) for g, e, a in zip(leaf.got, leaf.expected, arrays)):
            continue
        what = setting.label(leaf.path)
        times = f"times the argument {label}" if by is None else f"times {by} times the argument {label}"
        guess = "a penalty of your own?" if by is None else f"a weight decay of your own, scaled by {by}?"
        return Relation("added-argument", f"your {what} is the right one plus {compact(c)} {times}: a term the "
                                          f"formula does not have ({guess})",
                        f"the right {what} plus {compact(c)} {'' if by is None else by + ' '}{label}", leaf.path,
                        lambda args, kwargs, item_pick, exp, label=label, c=c, by=by: _predicted(
                            setting, args, kwargs, label, c, exp, by))
    return None


def _numbers(args: tuple, names: list[str]) -> dict[str, float]:
    """name -> value of each argument that is one real number (a learning rate, a lambda), bools left out."""
    return {name: float(v) for name, v in zip(names, args)
            if isinstance(v, (int, float, np.integer, np.floating)) and not isinstance(v, (bool, np.bool_))}


def _proportional(expected: np.ndarray, x: np.ndarray) -> bool:
    """Whether `expected` (flat, every call's entries) is one constant times `x` (flat, the same entries)."""
    k = float(x @ expected / (x @ x))
    return bool(np.allclose(expected, k * x, rtol=1e-9, atol=1e-12 * max(1.0, float(np.max(np.abs(expected))))))


def _predicted(setting: Setting, args: tuple, kwargs: dict, label: str, c: float, exp,
               by: str | None = None) -> np.ndarray | None:
    """The reference's leaf plus c times the argument `label` (times the number argument `by`) on a new call (None
    where it has none)."""
    bound = setting.bind(args, kwargs)[0]
    x = dict(labelled_arrays(bound, setting.parameters)).get(label)
    scale = 1.0 if by is None else _numbers(bound, setting.parameters).get(by)
    exp = np.asarray(exp, dtype=np.float64)
    return None if x is None or scale is None or x.shape != exp.shape else exp + c * scale * x.astype(np.float64)
