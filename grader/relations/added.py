"""The right result plus a constant times one of the arguments: a term the formula does not have, added with the
student's own constant (a weight decay 2 lambda W added to every dW inside a backward pass, with their own lambda).

One constant c, fitted by least squares over every entry of every call, such that got = expected + c X on every
call, X an argument (or a part of one) of the leaf's shape, not one number everywhere. Claimed only when it holds
everywhere, the fit is determined (more entries than SPARE beyond the one constant, X not 0 where the leaf is off)
and c is not 0; a right value fits c = 0 only.
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
    for label in tables[0]:
        arrays = [t.get(label) for t in tables]
        if any(a is None or a.shape != g.shape for a, g in zip(arrays, leaf.got)):
            continue
        x = np.concatenate([a.astype(np.float64).ravel() for a in arrays])
        # an argument of one number everywhere (all ones) adds a constant: entries.offset says that
        if not np.all(np.isfinite(x)) or not np.any(x[diff != 0]) or np.ptp(x) == 0:
            continue
        c = float(x @ diff / (x @ x))
        if c == 0 or not all(holds(g, e + c * a) for g, e, a in zip(leaf.got, leaf.expected, arrays)):
            continue
        what = setting.label(leaf.path)
        return Relation("added-argument", f"your {what} is the right one plus {compact(c)} times the argument "
                                          f"{label}: a term the formula does not have (a penalty of your own?)",
                        f"the right {what} plus {compact(c)} {label}", leaf.path,
                        lambda args, kwargs, item_pick, exp, label=label, c=c: _predicted(setting, args, kwargs,
                                                                                       label, c, exp))
    return None


def _predicted(setting: Setting, args: tuple, kwargs: dict, label: str, c: float, exp) -> np.ndarray | None:
    """The reference's leaf plus c times the argument `label` on a new call (None where it has none)."""
    x = dict(labelled_arrays(setting.bind(args, kwargs)[0], setting.parameters)).get(label)
    exp = np.asarray(exp, dtype=np.float64)
    return None if x is None or x.shape != exp.shape else exp + c * x.astype(np.float64)
