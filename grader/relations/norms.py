"""A number that is another norm (or sum) of an argument than the right one.

A result that measures an argument (a global norm, a penalty, a size) is
one number per call. When the student's number is, on every call, another
usual measure of one argument (every array inside it pooled, or array by
array), that is what they computed:

    norm    the largest |entry| (max norm), the sum of |entries| (L1), the L2 norm, its square, the
            sum, the mean, the mean |entry|, the root mean square; or per array of a dict or list
            argument: the largest of the arrays' L2 norms, the sum of them; of a number argument:
            half, twice or the square of it (the rest of the formula left out)

Claimed only when it holds on every call and the calls give at least two
different numbers (one number can match anything by chance).

    factor  the right value times m / (m + eps) on every call where it is off, m a measure of an
            argument and eps one small constant: an eps added in a denominator (eps_denominator)
"""

from __future__ import annotations

from typing import Any, Callable

import numpy as np

from mlptutor.grader.checks.validate import leaves
from mlptutor.grader.relations.base import Relation
from mlptutor.grader.relations.values import Leaf, Setting, holds, is_scalar, off


def _flat(arrays: list[np.ndarray]) -> np.ndarray:
    return np.concatenate([a.ravel() for a in arrays]) if arrays else np.zeros(0)


def _l2(a: np.ndarray) -> float:
    return float(np.sqrt(np.sum(a * a)))


POOLED: tuple[tuple[str, Callable[[np.ndarray], float]], ...] = (
    ("the largest |entry| (the max norm)", lambda x: float(np.max(np.abs(x)))),
    ("the sum of the |entries| (the L1 norm)", lambda x: float(np.sum(np.abs(x)))),
    ("the L2 norm", _l2),
    ("the squared L2 norm (no square root)", lambda x: float(np.sum(x * x))),
    ("the sum of the entries", lambda x: float(np.sum(x))),
    ("the mean of the entries", lambda x: float(np.mean(x))),
    ("the mean |entry|", lambda x: float(np.mean(np.abs(x)))),
    ("the root mean square (the L2 norm over the square root of the count)", lambda x: float(np.sqrt(np.mean(x * x)))),
)
PER_ARRAY: tuple[tuple[str, Callable[[list[np.ndarray]], float]], ...] = (
    ("the largest of its arrays' L2 norms", lambda arrays: max(_l2(a) for a in arrays)),
    ("the sum of its arrays' L2 norms", lambda arrays: sum(_l2(a) for a in arrays)),
)


def _arrays(value: Any) -> list[np.ndarray]:
    """The float arrays inside an argument, depth first (a bare array: itself)."""
    return [v for _, v in leaves(value) if type(v) is np.ndarray and v.dtype.kind == "f" and v.size]


def _measures(value: Any, name: str) -> list[tuple[str, float]]:
    """(what it is, its value) for every measure of one argument: 'the L2 norm of grads', 'lam / 2'."""
    if is_scalar(value):
        v = float(value)
        return [(f"{name} / 2", v / 2), (f"2 {name}", 2 * v), (f"{name} squared", v * v)]
    arrays = _arrays(value)
    if not arrays:
        return []
    x = _flat(arrays)
    found = [(f"{measure} of {name}", f(x)) for measure, f in POOLED]
    if len(arrays) > 1:
        found += [(f"{measure} of {name}", f(arrays)) for measure, f in PER_ARRAY]
    return found


def norm(leaf: Leaf, setting: Setting) -> Relation | None:
    """The leaf (a number per call) is one measure of one argument on every call (see the module docstring)."""
    if not leaf.numeric or not all(g.ndim == 0 for g in leaf.got) or len({float(g) for g in leaf.got}) < 2:
        return None
    for i, name in enumerate(setting.parameters):
        tables = [dict(_measures(item.args[i], name)) if i < len(item.args) else {} for item in leaf.items]
        for measure in tables[0]:
            if all(measure in t and holds(g, np.asarray(t[measure])) for t, g in zip(tables, leaf.got)):
                what = setting.label(leaf.path)
                return Relation("norm", f"your {what} is {measure} on every input: check what the docstring "
                                        f"computes from {name}", measure, leaf.path,
                                lambda args, kwargs, item_pick, exp, i=i, name=name, measure=measure:
                                    _measure_of(setting, args, kwargs, i, name, measure))
    return None


def _measure_of(setting: Setting, args: tuple, kwargs: dict, i: int, name: str, measure: str) -> np.ndarray | None:
    args, _ = setting.bind(args, kwargs)
    value = dict(_measures(args[i], name)).get(measure) if i < len(args) else None
    return None if value is None else np.asarray(value)


def eps_denominator(leaf: Leaf, setting: Setting) -> Relation | None:
    """An eps added to a measure in a denominator: on every call where the leaf is off, the right value times
    m / (m + eps), m one measure of one argument (its L2 norm, ...) on that call and eps one small positive
    constant on every call. Needs two such calls (one factor fits any eps) and eps below 1e-3 of every m."""
    if not leaf.numeric or any(g.shape != e.shape for g, e in zip(leaf.got, leaf.expected)):
        return None
    chosen = [(item, g, e) for item, g, e in zip(leaf.items, leaf.got, leaf.expected) if off(g, e).any()]
    factors = []
    for _, g, e in chosen:
        norm = float(np.vdot(e, e))
        c = float(np.vdot(g, e)) / norm if norm and np.all(np.isfinite(g)) else 0.0
        if not 0 < c < 1 or not holds(g, c * e):
            return None
        factors.append(c)
    if len(chosen) < 2:
        return None
    for i, name in enumerate(setting.parameters):
        tables = [dict(_measures(item.args[i], name)) if i < len(item.args) and _arrays(item.args[i]) else {}
                  for item, _, _ in chosen]
        for measure in tables[0]:
            ms = [t.get(measure) for t in tables]
            if any(m is None or not m > 0 for m in ms):
                continue
            eps = [m * (1 / c - 1) for m, c in zip(ms, factors)]
            if all(np.isclose(x, eps[0], rtol=1e-6, atol=0) for x in eps) and eps[0] <= 1e-3 * min(ms):
                what, e = setting.label(leaf.path), f"{eps[0]:.3g}"
                return Relation("factor", f"your {what} is the right one times m / (m + {e}) where it is off, m being "
                                          f"{measure}: an eps of {e} added to it in a denominator; the docstring "
                                          f"divides by it alone", f"the right {what} times m / (m + {e})", leaf.path)
    return None


ROUNDINGS = (("rounded up (the ceiling)", np.ceil), ("rounded down (the floor, //)", np.floor),
             ("rounded to the nearest (round)", np.round), ("not rounded at all", lambda x: x))


def rounding(leaf: Leaf, setting: Setting) -> Relation | None:
    """A whole number per call that is the ratio of two number arguments rounded another way than the right
    one: the right value is that ratio rounded one way on every call, the student's another way on every
    call (it differs on some), and no third way fits too. Two calls at least, one of them off."""
    if not leaf.numeric or len(leaf.items) < 2 or not all(np.ndim(v) == 0 for v in (*leaf.got, *leaf.expected)):
        return None
    names = setting.parameters
    scalars = [i for i in range(len(names)) if all(i < len(it.args) and is_scalar(it.args[i])
                                                    for it in leaf.items)]
    for i in scalars:
        for j in scalars:
            if i == j or any(it.args[j] == 0 for it in leaf.items):
                continue
            x = np.array([it.args[i] / it.args[j] for it in leaf.items])
            exp, got = np.array([float(e) for e in leaf.expected]), np.array([float(g) for g in leaf.got])
            right = next((r for r in ROUNDINGS if np.array_equal(r[1](x), exp)), None)
            fits = [r for r in ROUNDINGS if r is not right and np.allclose(r[1](x), got, rtol=1e-12, atol=0)]
            if right is not None and len(fits) == 1:  # two roundings that agree on every call tell nothing apart
                wrong = fits[0]
                what, ratio = setting.label(leaf.path), f"{names[i]} / {names[j]}"
                return Relation("rounding", f"your {what} is {ratio} {wrong[0]} on every input, where the right one "
                                            f"is {ratio} {right[0]}", f"{ratio} {wrong[0]}", leaf.path)
    return None
