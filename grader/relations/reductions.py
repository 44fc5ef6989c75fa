"""One reduction of the right computation taken as another: a sum taken as a mean or a max, a mean or a max as a
sum, or one taken along the other axis of a matrix (the bias gradient a mean of dz, a penalty's sum over the layers
a max of them, a layer norm's mean over the batch).

The reference is run once with its reductions watched (np.sum, np.mean, np.max and the builtin sum through its
module's globals; the .sum(), .mean() and .max() of its arguments' arrays and of what it computes from them, through
a subclass of ndarray the arguments are viewed as), which records the calls in its module that reduce (its sites);
then rerun with one site's reduction taken as another (rescoped.run_with, every other call as it is; the builtin sum's
items, numbers or arrays, reduced one by one and its start kept). Claimed when
one such rerun gives the student's value on every call where it is off. Bounded: at most SITES sites, two or three
reruns of every call each.
"""

from __future__ import annotations

import builtins
import functools
import sys
from typing import Callable

import numpy as np

from mlptutor.grader.relations.base import Relation
from mlptutor.grader.relations.rescoped import arrays_mapped, module_of, run_with
from mlptutor.grader.relations.values import Leaf, Setting, holds

NUMPY = {"sum": np.sum, "mean": np.mean, "max": np.max}
SITES = 6


def _other_axis(kind: str) -> Callable:
    """The reduction `kind` along the other axis of a matrix where an axis is given (else as it is)."""
    def reduce(x, axis=None, *args, **kwargs):
        if np.ndim(x) == 2 and axis in (0, 1, -1, -2):
            axis = 1 - axis % 2
        return NUMPY[kind](x, axis, *args, **kwargs)
    return reduce


BUILTIN = "builtin sum"  # the kind of a call of the builtin sum: it adds its items (numbers or arrays) one by one


def _over_items(reduce: Callable) -> Callable:
    """The builtin sum's items reduced by `reduce` (items -> one value, entry by entry for arrays), plus its
    start: np.mean or np.max of the list would collapse a list of arrays into one number."""
    return lambda iterable, *start: builtins.sum(start) + reduce(list(iterable))


# a reduction -> what it may be taken as, each (how it reads, a function of the reduced values and numpy's arguments)
OTHERS = {kind: tuple((f"as a {other}", NUMPY[other]) for other in others) + (("along the other axis",
                                                                                _other_axis(kind)),)
          for kind, others in (("sum", ("mean", "max")), ("mean", ("sum",)), ("max", ("sum",)))} | {
    BUILTIN: (("as a mean", _over_items(lambda items: builtins.sum(items) / len(items))),
              ("as a max", _over_items(lambda items: functools.reduce(np.maximum, items))))}


# np.asarray(dZ, dtype=np.float64) and np.array(x) of the reference would turn a watched argument back into a plain
# ndarray (its reductions unseen: dense_backward's dZ.sum(axis=0) taken as a max was never named): they keep the class
KEEP_CLASS = {"asarray": np.asanyarray, "array": functools.partial(np.array, subok=True)}


class _Numpy:
    """numpy, its reductions watched: `at(kind, caller frame)` -> the function to call instead, or None."""

    def __init__(self, at: Callable):
        self._at = at

    def __getattr__(self, name):
        if name not in NUMPY:
            return KEEP_CLASS.get(name) or getattr(np, name)

        def reduce(*args, **kwargs):
            instead = self._at(name, sys._getframe(1))
            return (instead or NUMPY[name])(*args, **kwargs)
        return reduce


def _builtin_sum(at: Callable) -> Callable:
    def watched(iterable, *start):
        instead = at(BUILTIN, sys._getframe(1))
        return (instead or builtins.sum)(iterable, *start)
    return watched


def _stand_ins(at: Callable) -> dict:
    return {"np": _Numpy(at), "sum": _builtin_sum(at)}


def _watched_arrays(at: Callable) -> Callable:
    """value -> the value with its float arrays (at any depth) viewed as an ndarray whose reduction methods are
    watched by `at`; what numpy computes from them keeps the class, so their reductions are watched too."""
    def method(kind):
        def reduce(self, *args, **kwargs):
            instead = at(kind, sys._getframe(1))
            return getattr(np.ndarray, kind)(self, *args, **kwargs) if instead is None else \
                instead(np.asarray(self), *args, **kwargs)
        return reduce
    watched = type("_Watched", (np.ndarray,), {kind: method(kind) for kind in NUMPY})
    return lambda value: arrays_mapped(value, lambda a: a.view(watched) if a.dtype.kind == "f" else a)


def _rerun(setting: Setting, item, at: Callable, path: tuple):
    return run_with(setting, item, _stand_ins(at), path, _watched_arrays(at))


def _sites(setting: Setting, item, module) -> list[tuple]:
    """(kind, code, the call's instruction) of each reduction the reference makes on this call, in its module's code,
    in order (two on one line apart)."""
    seen = {}

    def record(kind, frame):
        if frame.f_globals.get("__name__") == module.__name__:
            seen.setdefault((kind, frame.f_code, frame.f_lasti), None)
        return None
    _rerun(setting, item, record, ())
    return list(seen)[:SITES]


def reductions(leaf: Leaf, setting: Setting) -> Relation | None:
    module = module_of(setting)
    if not leaf.numeric or module is None or "np" not in module.__dict__:
        return None
    wrong = [bool(m.any()) for m in leaf.off_masks()]
    off_items = [item for item, w in zip(leaf.items, wrong) if w]
    if len(off_items) < 2:  # one call a rerun fits may fit by chance
        return None
    for kind, code, call in _sites(setting, off_items[0], module):
        for taken, function in OTHERS[kind]:
            def at(k, frame, kind=kind, code=code, call=call, function=function):
                return function if (k, frame.f_code, frame.f_lasti) == (kind, code, call) else None
            if all(not w or holds(g, _rerun(setting, item, at, leaf.path))
                   for item, g, w in zip(leaf.items, leaf.got, wrong)):
                return _said(setting, leaf, kind, taken, code.co_name)
    return None


def _said(setting: Setting, leaf: Leaf, kind: str, taken: str, function: str) -> Relation:
    """The relation's words, naming the function the reduction is in when it is one of the exercise's (never a
    line or a private helper of the reference)."""
    what = setting.label(leaf.path)
    public = dict(setting.siblings).keys() | {setting.function}
    helper = function in public and function != setting.function
    where, through = (f" in the computation of {function}()", f" through {function}()") if helper else ("", "")
    kind = "sum" if kind == BUILTIN else kind
    return Relation("reduction", f"your {what} is the right one with one {kind}{where} taken {taken}: check each "
                                 f"sum, mean and max your {setting.function} makes{through} (which values, along which "
                                 f"axis) against the docstring's formula", f"the right {what} with a {kind} taken "
                                 f"{taken}", leaf.path)
