"""A factor of the formula written in another form of the same argument: the student's value is the right one
times B(x) / A(x) entry by entry, x an argument of the leaf's shape and A, B two of x, -x, 1 - x, 1 + x (a
factor A written as B, or a divisor B written as A: (1 - p) typed as (0 - p), as (1 + p), as p). Not x - 1: with
both forms negated the ratio is the same, and a divisor 1 - p typed as -p would read as one x - 1 typed as p.

Tried after `entries.entrywise` (a factor x added or missing), claimed only where the ratio B / A varies over the
off entries (a constant one is a factor, said by `entries.factor`) and fits every entry of every call where
neither form is 0.
"""

from __future__ import annotations

import itertools

import numpy as np

from mlptutor.grader.relations.base import Relation
from mlptutor.grader.relations.entries import labelled_arrays, same_shapes
from mlptutor.grader.relations.values import Leaf, Setting, holds

# (how the form reads, its value), {x} the argument's label
FORMS = (("{x}", lambda x: x), ("-{x}", lambda x: -x), ("1 - {x}", lambda x: 1.0 - x), ("1 + {x}", lambda x: 1.0 + x))
# a pair whose ratio is a constant (-1): a sign, said by the sign and factor relations
_NEGATED = frozenset({"{x}", "-{x}"})


def swapped_factor(leaf: Leaf, setting: Setting) -> Relation | None:
    if not same_shapes(leaf):
        return None
    tables = [dict(labelled_arrays(item.args, setting.parameters)) for item in leaf.items]
    masks = leaf.off_masks()
    for label in tables[0]:
        if not all(label in t and t[label].shape == e.shape for t, e in zip(tables, leaf.expected)):
            continue
        for (due, a), (written, b) in itertools.permutations(FORMS, 2):
            if frozenset({due, written}) == _NEGATED:
                continue
            with np.errstate(all="ignore"):
                ratios = [b(t[label]) / a(t[label]) for t in tables]
                # where a form vanishes the ratio is 0 or infinite: what stands there (a clip of x, say) tells nothing
                kept = [np.isfinite(r) & (r != 0) for r in ratios]
                if not all(holds(g[k], e[k] * r[k]) for g, e, r, k in zip(leaf.got, leaf.expected, ratios, kept)):
                    continue
            where = np.concatenate([r[m & k] for r, m, k in zip(ratios, masks, kept)])
            if where.size < 2 or np.ptp(where) == 0:  # one ratio: a constant factor, or nothing to tell
                continue
            what, due, written = setting.label(leaf.path), due.format(x=label), written.format(x=label)
            return Relation("factor", f"your {what} is the right one times ({written}) / ({due}) entry by entry: a "
                                      f"factor {due} written as {written}, or a divisor {written} written as {due}; "
                                      f"check each factor of the formula against the docstring",
                            f"the right {what} with {due} and {written} swapped", leaf.path)
    return None
