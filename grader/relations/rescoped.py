"""The reference rerun with some of its module's globals taken as others: a helper replaced by a variant
(quotients.within), numpy or a builtin replaced by a stand-in (reductions). The module is left as it is (other
threads may grade with it): the reference and the module's other functions are rebuilt over a copy of its
globals, the replacements in it."""

from __future__ import annotations

import inspect
import sys
import types
from typing import Callable

import numpy as np

from mlptutor.grader.relations.base import leaf_of
from mlptutor.grader.relations.values import Item, Setting


def module_of(setting: Setting):
    """The module whose globals the reference reads, or None (a wrapped or foreign reference)."""
    module = sys.modules.get(getattr(setting.reference, "__module__", None) or "")
    reference = inspect.unwrap(setting.reference)
    return module if module is not None and getattr(reference, "__globals__", None) is module.__dict__ else None


def run_with(setting: Setting, item: Item, replacements: dict, path: tuple,
             arguments: Callable | None = None) -> np.ndarray | None:
    """The reference on the item's arguments (made over by `arguments`, a value -> value, when given) with its
    module's globals named in `replacements` taken as those, the leaf at `path`, or None when it cannot run."""
    module = module_of(setting)
    if module is None:
        return None
    scope = dict(module.__dict__)
    for key, value in module.__dict__.items():
        if isinstance(value, types.FunctionType) and value.__globals__ is module.__dict__:
            scope[key] = rebuilt(value, scope)
    scope.update(replacements)
    args, kwargs = (item.args, item.kwargs) if arguments is None else (arguments(item.args), arguments(item.kwargs))
    with np.errstate(all="ignore"):
        value = setting.run(args, kwargs, item.pick, rebuilt(inspect.unwrap(setting.reference), scope))
    return leaf_of(value if arguments is None else _plain(value), path)


def _plain(value):
    """A value with the arrays of an ndarray subclass (what made-over arguments give) as plain ndarrays."""
    return arrays_mapped(value, lambda a: a if type(a) is np.ndarray else np.asarray(a))


def arrays_mapped(value, f: Callable):
    """The value with every array in it (at any depth of lists, tuples and dicts) taken as f(array)."""
    if isinstance(value, np.ndarray):
        return f(value)
    if type(value) in (list, tuple):
        return type(value)(arrays_mapped(v, f) for v in value)
    if type(value) is dict:
        return {k: arrays_mapped(v, f) for k, v in value.items()}
    return value


def rebuilt(fn: types.FunctionType, scope: dict) -> types.FunctionType:
    """fn with `scope` as its globals (its code, defaults and closure as they are)."""
    copy = types.FunctionType(fn.__code__, scope, fn.__name__, fn.__defaults__, fn.__closure__)
    copy.__kwdefaults__ = fn.__kwdefaults__
    return copy
