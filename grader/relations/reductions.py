"""One reduction of the right computation taken as another: a sum taken as a mean or a max, a mean as a sum (the
bias gradient a mean of dz, a penalty's sum over the layers a max of them).

The reference is run once with numpy and the builtin sum watched, which records the lines of its module that
reduce (np.sum, np.mean, np.max, sum: its sites); then rerun with one site's reduction taken as another
(rescoped.run_with: numpy and sum replaced over a copy of the module's globals, every other call as it is).
Claimed when one such rerun gives the student's value on every call where it is off. Bounded: at most SITES
sites, two reruns of every call each.
"""

from __future__ import annotations

import builtins
import sys
from typing import Callable

import numpy as np

from mlptutor.grader.relations.base import Relation
from mlptutor.grader.relations.rescoped import module_of, run_with
from mlptutor.grader.relations.values import Leaf, Setting, holds

# a reduction -> what it may be taken as, each (name, function of the reduced values and numpy's keywords)
OTHERS = {"sum": (("mean", np.mean), ("max", np.max)), "mean": (("sum", np.sum),), "max": (("sum", np.sum),)}
NUMPY = {"sum": np.sum, "mean": np.mean, "max": np.max}
SITES = 6


class _Numpy:
    """numpy, its reductions watched: `at(kind, caller frame)` -> the function to call instead, or None."""

    def __init__(self, at: Callable):
        self._at = at

    def __getattr__(self, name):
        if name not in NUMPY:
            return getattr(np, name)

        def reduce(*args, **kwargs):
            instead = self._at(name, sys._getframe(1))
            return (instead or NUMPY[name])(*args, **kwargs)
        return reduce


def _builtin_sum(at: Callable) -> Callable:
    def watched(iterable, *start):
        instead = at("sum", sys._getframe(1))
        return builtins.sum(iterable, *start) if instead is None else instead(list(iterable))
    return watched


def _stand_ins(at: Callable) -> dict:
    return {"np": _Numpy(at), "sum": _builtin_sum(at)}


def _sites(setting: Setting, item, module) -> list[tuple]:
    """(kind, code, line) of each reduction the reference makes on this call, in its module's code, in order."""
    seen = {}

    def record(kind, frame):
        if frame.f_globals.get("__name__") == module.__name__:
            seen.setdefault((kind, frame.f_code, frame.f_lineno), None)
        return None
    run_with(setting, item, _stand_ins(record), ())
    return list(seen)[:SITES]


def reductions(leaf: Leaf, setting: Setting) -> Relation | None:
    module = module_of(setting)
    if not leaf.numeric or module is None or "np" not in module.__dict__:
        return None
    wrong = [bool(m.any()) for m in leaf.off_masks()]
    off_items = [item for item, w in zip(leaf.items, wrong) if w]
    if len(off_items) < 2:  # one call a rerun fits may fit by chance
        return None
    for kind, code, line in _sites(setting, off_items[0], module):
        for other, function in OTHERS[kind]:
            def at(k, frame, kind=kind, code=code, line=line, function=function):
                return function if (k, frame.f_code, frame.f_lineno) == (kind, code, line) else None
            if all(not w or holds(g, run_with(setting, item, _stand_ins(at), leaf.path))
                   for item, g, w in zip(leaf.items, leaf.got, wrong)):
                return _said(setting, leaf, kind, other, code.co_name)
    return None


def _said(setting: Setting, leaf: Leaf, kind: str, other: str, function: str) -> Relation:
    """The relation's words, naming the function the reduction is in when it is one of the exercise's (never a
    line or a private helper of the reference)."""
    what = setting.label(leaf.path)
    public = dict(setting.siblings).keys() | {setting.function}
    helper = function in public and function != setting.function
    where, through = (f" in the computation of {function}()", f" through {function}()") if helper else ("", "")
    return Relation("reduction", f"your {what} is the right one with one {kind}{where} taken as a {other}: check "
                                 f"each sum, mean and max your {setting.function} makes{through} against the "
                                 f"docstring's formula", f"the right {what} with a {kind} taken as a {other}",
                    leaf.path)
