"""An argument times a named factor where the result is due: the formula's work left out around one of
its inputs (gelu(z) returned as z / 2, an update's step as -eta times w where -eta times the gradient is
due). A named factor only (-1, 2, 1/2, N, an argument's value such as eta, ...): on every call, the
argument entry by entry, of the leaf's shape and not all ones; an argument returned as it came is
`arguments.returned_argument`'s."""

from __future__ import annotations

import numpy as np

from mlptutor.grader.relations.base import Relation, factors, matching_factor
from mlptutor.grader.relations.entries import labelled_arrays
from mlptutor.grader.relations.values import Item, Leaf, Setting


def scaled_argument(leaf: Leaf, setting: Setting) -> Relation | None:
    """got = f * X on every call, X an argument (or a part of one) of the leaf's shape, f a named factor."""
    if not leaf.numeric or any(g.shape != e.shape for g, e in zip(leaf.got, leaf.expected)):
        return None
    tables = [dict(labelled_arrays(item.args, setting.parameters)) for item in leaf.items]
    for label in tables[0]:
        arrays = [t.get(label) for t in tables]
        if any(a is None or a.shape != g.shape for a, g in zip(arrays, leaf.got)) or all(np.all(a == 1) for a in arrays):
            continue
        f = matching_factor(leaf, [a.astype(np.float64) for a in arrays], factors(setting))
        if f is None:
            continue
        what = setting.label(leaf.path)
        meaning = f" ({f.meaning})" if f.meaning else ""
        return Relation("argument", f"your {what} is the argument {label} times {f.name}{meaning}, not computed "
                                    f"from it: the rest of the formula around {label} is missing",
                        f"the argument {label} times {f.name}", leaf.path,
                        lambda args, kwargs, item_pick, exp, label=label, f=f:
                            _predicted(setting, args, kwargs, label, f, exp))
    return None


def _predicted(setting: Setting, args: tuple, kwargs: dict, label: str, f, exp) -> np.ndarray | None:
    """f times the argument `label` on a new call (None where either is undefined)."""
    bound = setting.bind(args, kwargs)
    table = dict(labelled_arrays(bound[0], setting.parameters))
    value = f.value(Item(bound[0], bound[1], None, exp, exp))
    x = table.get(label)
    return None if x is None or value is None else value * x.astype(np.float64)
