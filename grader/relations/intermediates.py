"""The student's value is one the right computation reaches on its way to the result: a step after it is
missing (the normalisation of a softmax, the last layer's activation, the final update).

    argument    your softmax is an intermediate value of the right computation, not its result

The reference runs once more per call with a profile hook that keeps, when each of its frames (the function
and the reference helpers it calls) returns, the float arrays it holds; a leaf is explained when one of
them, the same one (function and name) on every call, is the student's value on every call. Claimed only
for arrays of two entries or more that differ from the right value (a leaf is explained where it is off),
and never for an argument, or an entry of one (a row of a stacked array), returned as it came (the arguments'
family says the first; the second is no value computed on the way). The line names no variable of the
reference: students never see its code.
"""

from __future__ import annotations

import inspect
import os
import sys
from typing import Callable

import numpy as np

from mlptutor.grader.relations.base import Relation
from mlptutor.grader.relations.changes import Memo
from mlptutor.grader.relations.values import Item, Leaf, Setting, holds, off


def _traced(reference: Callable, folder: str, found: dict) -> Callable:
    """reference, recording into `found` the float arrays of every frame of code under `folder` as it returns:
    (function name, variable name) -> the last value (as it is at the end: an array changed in place later
    is seen changed)."""
    def hook(frame, event, arg):
        if event == "return" and frame.f_code.co_filename.startswith(folder):
            for name, value in frame.f_locals.items():
                if type(value) is np.ndarray and value.dtype.kind == "f" and value.size >= 2:
                    found[(frame.f_code.co_name, name)] = value  # no copy: a training loop returns often

    def run(*args, **kwargs):
        previous = sys.getprofile()
        sys.setprofile(hook)
        try:
            return reference(*args, **kwargs)
        finally:
            sys.setprofile(previous)
    return run


def _folder(reference: Callable) -> str | None:
    code = getattr(reference, "__code__", None)
    return None if code is None else os.path.dirname(code.co_filename) + os.sep


def _values(setting: Setting, item: Item, memo: Memo) -> dict:
    key = ("intermediates", id(item))
    if key not in memo.results:
        found: dict = {}
        reference = inspect.unwrap(setting.reference)  # a memo in front of it (xor's) would answer untraced
        folder = _folder(reference)
        ran = folder is not None and setting.run(item.args, item.kwargs, item.pick,
                                                  _traced(reference, folder, found), like=item.args) is not None
        memo.results[key] = found if ran else {}
    return memo.results[key]


def _an_argument(value: np.ndarray, item: Item) -> bool:
    """value is an argument, or one entry of one along its leading axes (weights[e] of weights stacked epoch by
    epoch, which a loop over them holds last): taken from the input as it came, not computed on the way."""
    for a in item.array_arguments():
        if a.ndim >= value.ndim and a.shape[a.ndim - value.ndim:] == value.shape:
            parts = a.reshape(-1, *value.shape)
            if np.any(np.all(parts == value, axis=tuple(range(1, parts.ndim)))):
                return True
    return False


def intermediate(leaf: Leaf, setting: Setting, memo: Memo) -> Relation | None:
    """The leaf is, on every call, one array the right computation holds on its way (see the module docstring)."""
    if not leaf.numeric or not all(g.size >= 2 for g in leaf.got):
        return None
    tables = [_values(setting, item, memo) for item in leaf.items]
    for key in tables[0]:
        values = [t.get(key) for t in tables]
        if all(v is not None and v.shape == g.shape and holds(g, v) and off(v, e).any() and not _an_argument(v, i)
               for v, g, e, i in zip(values, leaf.got, leaf.expected, leaf.items)):
            what = setting.label(leaf.path)
            return Relation("intermediate", f"your {what} is an intermediate value of the right computation, not "
                                            f"its result: a step after it is missing (a normalisation, an activation, "
                                            f"a last update); compare each step with the docstring's formula",
                            f"an intermediate value of the right {what}", leaf.path)
    return None
