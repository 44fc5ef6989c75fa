"""Relations of a formula's terms: the right result with one term left out, its sign flipped, doubled or
halved.

A spec may state how its reference splits into terms that add up to it
(`ExerciseSpec(..., terms={"bce": (Term("y log p", ...), Term("(1 - y) log(1 - p)", ...))})`:
bce = the first + the second). The finder then tries every combination
c_1 T_1 + ... + c_k T_k with each c in (1, 0, -1, 2, 1/2), fewest changed
terms first, and claims one when it gives the student's value on every
call and no other combination with as few changes does (two that fit
equally well are no diagnosis). A term that is 0 on every call shows no
change: the combination keeping it fits with fewer changes.

Else, with the other terms taken as right, the student's value implies a
value of one term (the result minus the others); when the relation finder
explains that against the right term (softmax(z) along the wrong axis, not
normalised, ...), the relation is about that term. Each term is tried so;
only one may be explained.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, replace
from typing import Callable

import numpy as np

from mlptutor.grader.checks.cases import materialise
from mlptutor.grader.relations.base import Relation, leaf_of
from mlptutor.grader.relations.values import Leaf, Setting, holds


@dataclass(frozen=True)
class Term:
    """One term of a formula: its name as the student writes it, and its value on the arguments (the
    structure of the result, a dict of parameters say; the terms of a function add up to its reference,
    leaf by leaf)."""

    label: str
    value: Callable[..., np.ndarray]


# (coefficient, what it does to a term), the right one first
COEFFICIENTS = ((1.0, ""), (0.0, "without its {t} term"), (-1.0, "with the sign of its {t} term flipped"),
                (2.0, "with its {t} term counted twice"), (0.5, "with its {t} term halved"))


def _values(terms: tuple[Term, ...], leaf: Leaf) -> list[list[np.ndarray]] | None:
    """Each term's value on each call, or None when a term cannot be computed or they do not add up."""
    found = []
    for item, exp in zip(leaf.items, leaf.expected):
        try:
            with np.errstate(all="ignore"):
                values = [leaf_of(t.value(*materialise(item.args)), leaf.path) for t in terms]
        except Exception:  # a term the arguments do not fit explains nothing
            return None
        if any(v is None or v.shape != exp.shape for v in values) or not holds(exp, sum(values)):
            return None
        found.append(values)
    return found


def terms(leaf: Leaf, setting: Setting) -> Relation | None:
    """The right result with some of its declared terms left out, negated, doubled or halved."""
    declared = setting.terms
    if not declared or not leaf.numeric \
            or any(g.shape != e.shape for g, e in zip(leaf.got, leaf.expected)):
        return None
    values = _values(declared, leaf)
    if values is None:
        return None
    fits = []
    for combo in itertools.product(range(len(COEFFICIENTS)), repeat=len(declared)):
        if not any(combo):
            continue
        cs = [COEFFICIENTS[i][0] for i in combo]
        with np.errstate(all="ignore"):
            if all(holds(g, sum(c * v for c, v in zip(cs, vs))) for g, vs in zip(leaf.got, values)):
                fits.append(combo)
    if not fits:
        return _one_term_off(leaf, setting, values)
    fewest = min(sum(1 for i in combo if i) for combo in fits)
    best = [combo for combo in fits if sum(1 for i in combo if i) == fewest]
    if len(best) > 1:
        return None
    combo = best[0]
    what = setting.label(leaf.path)
    changes = [COEFFICIENTS[i][1].format(t=t.label) for i, t in zip(combo, declared) if i]
    missing = all(COEFFICIENTS[i][0] == 0.0 for i in combo if i)
    title = f"the right {what} " + " and ".join(changes)
    cs = [COEFFICIENTS[i][0] for i in combo]
    return Relation("missing-term" if missing else "term",
                    f"your {what} is {title}: check that term of the formula", title, leaf.path,
                    weighted(setting, cs, leaf.path))


def weighted(setting: Setting, coefficients: list[float], path: tuple) -> Callable:
    """A relation's `predict`: the sum of the spec's terms, each times its coefficient, at `path` of the result
    on another input (None where a term cannot be computed there)."""
    def predict(args, kwargs, item_pick, exp):
        try:
            with np.errstate(all="ignore"):
                bound = setting.bind(args, kwargs)[0]
                return sum(c * leaf_of(t.value(*materialise(bound)), path) for c, t in zip(coefficients, setting.terms))
        except Exception:  # no prediction on this input
            return None
    return predict


def _one_term_off(leaf: Leaf, setting: Setting, values: list[list[np.ndarray]]) -> Relation | None:
    """The relation of one term's implied value (the student's result minus the other, right terms) to
    that term, when exactly one term gets one."""
    from mlptutor.grader.relations import explain_leaf  # the finder itself, on the term's own values
    found = []
    for i, term in enumerate(setting.terms):
        implied = tuple(g - sum(v for j, v in enumerate(vs) if j != i) for g, vs in zip(leaf.got, values))
        right = tuple(vs[i] for vs in values)
        sub = Leaf(leaf.path, leaf.items, right, implied, ("float64",) * len(right), ("float64",) * len(right))
        if not sub.is_off:
            continue
        inner = Setting(term.value, f"{term.label} term", setting.names, siblings=setting.siblings)
        relation = explain_leaf(sub, inner)
        if relation is not None:
            found.append((term, relation))
    if len(found) != 1:
        return None
    term, relation = found[0]
    what = setting.label(leaf.path)
    return Relation("term", f"your {what} is the right formula with its {term.label} term wrong (the other terms "
                            f"right); in that term: {relation.line}", f"the right {what} with its {term.label} term wrong",
                    leaf.path)
