"""The reference rerun with some of its module's globals taken as others: a helper replaced by a variant
(quotients.within), numpy or a builtin replaced by a stand-in (reductions). The module is left as it is (other
threads may grade with it): the reference and the module's other functions are rebuilt over a copy of its
globals, the replacements in it."""

from __future__ import annotations

import inspect
import sys
import types

import numpy as np

from mlptutor.grader.relations.base import leaf_of
from mlptutor.grader.relations.values import Item, Setting


def module_of(setting: Setting):
    """The module whose globals the reference reads, or None (a wrapped or foreign reference)."""
    module = sys.modules.get(getattr(setting.reference, "__module__", None) or "")
    reference = inspect.unwrap(setting.reference)
    return module if module is not None and getattr(reference, "__globals__", None) is module.__dict__ else None


def run_with(setting: Setting, item: Item, replacements: dict, path: tuple) -> np.ndarray | None:
    """The reference on the item's arguments with its module's globals named in `replacements` taken as those,
    the leaf at `path`, or None when it cannot run."""
    module = module_of(setting)
    if module is None:
        return None
    scope = dict(module.__dict__)
    for key, value in module.__dict__.items():
        if isinstance(value, types.FunctionType) and value.__globals__ is module.__dict__:
            scope[key] = _rebuilt(value, scope)
    scope.update(replacements)
    with np.errstate(all="ignore"):
        return leaf_of(setting.run(item.args, item.kwargs, item.pick, _rebuilt(inspect.unwrap(setting.reference),
                                                                                 scope)), path)


def _rebuilt(fn: types.FunctionType, scope: dict) -> types.FunctionType:
    """fn with `scope` as its globals (its code, defaults and closure as they are)."""
    copy = types.FunctionType(fn.__code__, scope, fn.__name__, fn.__defaults__, fn.__closure__)
    copy.__kwdefaults__ = fn.__kwdefaults__
    return copy
