"""Stand-ins for the trusted side's functions a check or an explanation calls, made of recorded data.

A release carries no reference code and no spec code beyond predicates (portable.py): a gradient's
`grads` becomes paths into the result, a carried spec function is rebuilt from its source, a reference
function or a mistake's variant becomes its results on the public inputs, an input generator the
cases it drew from the public seed.
"""

from __future__ import annotations

import copy
import dataclasses
import importlib
import inspect
import types

import numpy as np

from mlptutor.grader.checks.cases import materialise
from mlptutor.grader.checks.validate import leaves, pick


class GradPaths:
    """A gradient check's `grads` as data: tensor name -> path of that gradient in the backward's result."""

    def __init__(self, paths: dict[str, tuple]):
        self.paths = paths

    def __call__(self, result):
        return {name: pick(result, path) for name, path in self.paths.items()}


@dataclasses.dataclass(frozen=True)
class Carried:
    """A spec function carried as source (grader/release/portable.py): its module and name in
    `mlptutor_student.predicates`, the inner function's name for a closure, its cells and defaults."""

    module: str
    name: str
    inner: str | None = None
    cells: list = dataclasses.field(default_factory=list)
    defaults: list = dataclasses.field(default_factory=list)

    def rebuild(self):
        module = importlib.import_module(f"{__package__}.predicates.{self.module}")
        fn = getattr(module, self.name)
        if self.inner is None:
            return fn
        code = next(c for c in _codes(fn.__code__) if c.co_name == self.inner)
        return types.FunctionType(code, vars(module), self.inner, tuple(self.defaults) or None,
                                  tuple(types.CellType(c) for c in self.cells))


def _codes(code):
    for const in code.co_consts:
        if isinstance(const, types.CodeType):
            yield const
            yield from _codes(const)


class RecordedVariant:
    """A function as its results on the public calls (the reference, a catalogued mistake's variant): called
    with arguments equal to recorded ones it gives that result (or raises as the function did), else it
    raises, explaining nothing. `signature` ([name, kind, has_default, default] per parameter) is the
    function's, so that arguments bound with their defaults filled in match too."""

    def __init__(self, cases: list, signature: list | None = None):
        self.cases = cases  # [args, kwargs, result or None, raised]
        self.signature = signature
        if signature is not None:
            self.__signature__ = inspect.Signature([
                inspect.Parameter(name, inspect._ParameterKind(kind),
                                  default=default if has_default else inspect.Parameter.empty)
                for name, kind, has_default, default in signature])

    def _bound(self, args: tuple, kwargs: dict) -> tuple:
        if self.signature is None:
            return args, kwargs
        try:
            bound = self.__signature__.bind(*args, **kwargs)
        except TypeError:
            return args, kwargs
        bound.apply_defaults()
        return bound.args, bound.kwargs

    def __call__(self, *args, **kwargs):
        given = self._bound(args, kwargs)
        for their_args, their_kwargs, result, raised in self.cases:
            if _equal(self._bound(their_args, their_kwargs), given):
                if raised:
                    raise ValueError("the function raised on these inputs")
                return copy.deepcopy(result)
        raise LookupError("no recorded result for these inputs")


class Drawn:
    """An input generator as the cases it drew from the public example seed: the explanations' public
    examples (grader.relations.examples.public_draws) without the generator."""

    def __init__(self, cases: list):
        self.cases = cases

    def __call__(self, rng):
        return list(self.cases)


def signature_of(fn) -> list:
    """A function's parameters as plain data for RecordedVariant."""
    return [[p.name, int(p.kind), p.default is not p.empty, None if p.default is p.empty else p.default]
            for p in inspect.signature(fn).parameters.values()]


def _equal(recorded, given) -> bool:
    """Recorded arguments (RNG markers) against given ones (generators, deep copies): the same values."""
    a, b = leaves(materialise(recorded)), leaves(given)
    if [p for p, _ in a] != [p for p, _ in b]:
        return False
    for (_, x), (_, y) in zip(a, b):
        if type(x) is not type(y):
            return False
        if isinstance(x, np.ndarray):
            if x.shape != y.shape or x.dtype != y.dtype or not np.array_equal(x, y, equal_nan=x.dtype.kind in "fc"):
                return False
        elif isinstance(x, np.random.Generator):
            if x.bit_generator.state != y.bit_generator.state:
                return False
        elif x != y and not (x != x and y != y):  # NaN equals NaN
            return False
    return True


def no_note(*_):
    """A forward's test for the note that the bundle cannot carry (it was spec code): no note."""
    return None
