"""Values right to a few digits only: every entry of every call within a small relative error of the right one
(relative to the call's largest right value, 1e-6 at least), far beyond float64's rounding. entries.float32 says float32's own
precision; this says how many digits agree, for what keeps fewer: a constant written out with too few digits
(sqrt(2 / pi) as 0.79788), an approximation, a small term too many (an epsilon, a weight decay). Weak: it says how
close, not why."""

from __future__ import annotations

import math

import numpy as np

from mlptutor.grader.relations.base import Relation
from mlptutor.grader.relations.entries import same_shapes
from mlptutor.grader.relations.values import Leaf, Setting

# a relative error beyond this is a wrong value, not an imprecise one
LOOSEST = 1e-3
# right values this small are rounding-sized themselves (a gradient check's relative error of 1e-11): two ways of
# computing them agree only to the rounding that made them, which says nothing of a constant
SMALLEST = 1e-6
# a few numbers close by chance say nothing (one relative error pooled over tensors is near each tensor's own):
# two calls at least, and this many entries
FEWEST = 6


def digits(leaf: Leaf, setting: Setting) -> Relation | None:
    """got within LOOSEST of expected, relative to each call's largest right value, on every call (two at least)."""
    if not leaf.numeric or not same_shapes(leaf) or len(leaf.got) < 2 \
            or sum(np.size(g) for g in leaf.got) < FEWEST:
        return None
    worst = 0.0
    for got, exp in zip(leaf.got, leaf.expected):
        got, exp = np.asarray(got, dtype=np.float64), np.asarray(exp, dtype=np.float64)
        if not (np.all(np.isfinite(got)) and np.all(np.isfinite(exp))):
            return None
        scale = float(np.max(np.abs(exp), initial=0.0))
        if scale < SMALLEST:
            return None
        worst = max(worst, float(np.max(np.abs(got - exp), initial=0.0)) / scale)
    if not 0.0 < worst <= LOOSEST:
        return None
    agreed = math.floor(-math.log10(worst))
    what = setting.label(leaf.path)
    return Relation("digits", f"your {what} agrees with the right one to about {agreed} digits only, on every input "
                              f"(float64 keeps 15): a constant written out with too few digits (sqrt(2 / pi) as "
                              f"0.79788: write it as an expression, np.sqrt(2 / np.pi)), an approximation the "
                              f"docstring does not make, or a small term it does not have (an epsilon, a weight "
                              f"decay)", f"the right {what} to about {agreed} digits", leaf.path,
                    weak=True)
