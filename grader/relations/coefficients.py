"""The terms a spec states, each times its own constant: the right formula with a constant inside one or
more of its terms written otherwise (3 * 0.044715 written as 3, a 1/2 dropped from one term only).

`terms.terms` tries the plain changes (a term left out, negated, doubled, halved). This family fits one
coefficient per term, by least squares over every entry of every call, and claims the fit only when it
gives the student's values on every call, the terms are told apart on these inputs (the fit is unique:
full rank, and more entries than terms), and some coefficient is not 1. Right code never fits other than
all ones: its values are the terms' sum.
"""

from __future__ import annotations

import numpy as np

from mlptutor.grader.relations.base import Relation, compact
from mlptutor.grader.relations.terms import _values, weighted
from mlptutor.grader.relations.values import Leaf, Setting, holds

# entries beyond the number of terms the fit needs: with fewer, some coefficients fit anything
SPARE = 3


def fitted_terms(leaf: Leaf, setting: Setting) -> Relation | None:
    """got = sum_i c_i T_i with one constant c_i per stated term on every call, some c_i != 1."""
    declared = setting.terms
    if not declared or not leaf.numeric or any(g.shape != e.shape for g, e in zip(leaf.got, leaf.expected)):
        return None
    values = _values(declared, leaf)
    if values is None:
        return None
    design = np.concatenate([np.stack([v.ravel() for v in vs], axis=1) for vs in values])
    got = np.concatenate([g.ravel() for g in leaf.got])
    if design.shape[0] < len(declared) + SPARE or not (np.all(np.isfinite(design)) and np.all(np.isfinite(got))):
        return None
    coefficients, _, rank, _ = np.linalg.lstsq(design, got, rcond=None)
    if rank < len(declared):
        return None
    cs = [_snapped(c) for c in coefficients]
    # a coefficient that differs from 1 in the 7th digit only would be said as "times 1": no claim
    if all(abs(c - 1.0) <= 1e-6 for c in cs) or not all(
            holds(g, sum(c * v for c, v in zip(cs, vs))) for g, vs in zip(leaf.got, values)):
        return None
    what = setting.label(leaf.path)
    changes = [_phrase(c, t.label) for c, t in zip(cs, declared) if abs(c - 1.0) > 1e-6]
    title = f"the right {what} " + " and ".join(changes)
    kind = "missing-term" if all(c == 0.0 for c in cs if abs(c - 1.0) > 1e-6) else "term"
    return Relation(kind, f"your {what} is {title} (the other terms right): a factor or constant inside "
                          f"{'that term' if len(changes) == 1 else 'those terms'} is off", title, leaf.path,
                    weighted(setting, cs, leaf.path))


def _snapped(c: float) -> float:
    """c as the simple number it is up to rounding (0, +-1, +-2, +-1/2, +-3, +-1/3), else as fitted."""
    for simple in (0.0, 1.0, -1.0, 2.0, -2.0, 0.5, -0.5, 3.0, -3.0, 1 / 3, -1 / 3):
        if abs(c - simple) <= 1e-9 * max(1.0, abs(c)):
            return simple
    return float(c)


def _phrase(c: float, label: str) -> str:
    named = {0.0: "without its {t} term", -1.0: "with the sign of its {t} term flipped",
             2.0: "with its {t} term counted twice", 0.5: "with its {t} term halved"}
    if c in named:
        return named[c].format(t=label)
    return f"with its {label} term times {compact(c)}"
