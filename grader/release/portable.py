"""Spec functions a student checker may carry as source: behaviour predicates, a gradient's note and explanation.

A function qualifies when everything it uses is at hand without the
reference: numpy, the standard library's math, other such functions of its
own spec module, the grader's check modules (copied into the checker
anyway), plain constants, and, for a closure, plain values in its cells.
A function touching `reference` (xor's predicates recompute the network's
output with the reference's forward pass) does not, and its check is left
to grading.

`Portable` collects, per spec module, the source of the functions used (as
written, top-level definitions only) and the module's constants; the
checker runs that text as `mlptutor_student.predicates.<module>`. What a
`def` evaluates when that text runs counts as used too: its decorators and
default values; its annotations are never evaluated (the text starts with
`from __future__ import annotations`), so a name the checker does not hold
(a reference type, a relation's Leaf) may stand there.
"""

from __future__ import annotations

import ast
import inspect
import math
import types

import numpy as np

from mlptutor.grader.release import ReleaseError

PLAIN = (type(None), bool, int, float, str)
LIBRARIES = {np: "numpy", math: "math"}


class NotPortable(ReleaseError):
    """This function needs something the checker must not or cannot hold."""


def _plain(value) -> bool:
    if type(value) in (tuple, list):
        return all(_plain(v) for v in value)
    if type(value) is dict:
        return all(_plain(k) and _plain(v) for k, v in value.items())
    return type(value) in PLAIN


def _codes(code: types.CodeType):
    yield code
    for const in code.co_consts:
        if isinstance(const, types.CodeType):
            yield from _codes(const)


class Portable:
    """The functions taken so far: module -> {top-level name: source}, and the lines each module needs first."""

    def __init__(self):
        self.sources: dict[str, dict[str, str]] = {}
        self.header: dict[str, dict[str, str]] = {}

    def function(self, fn) -> dict:
        """Plain data naming `fn` in the checker's predicates, its source taken; NotPortable when it cannot be."""
        if not isinstance(fn, types.FunctionType) or not fn.__module__.startswith("mlptutor.grader.specs."):
            raise NotPortable(f"{getattr(fn, '__qualname__', fn)!r} is not a spec function")
        top = fn.__qualname__.split(".")[0]
        if top == "<lambda>":
            raise NotPortable(f"a lambda of {fn.__module__} has no name to carry")
        module = fn.__module__.rpartition(".")[2]
        cells = [c.cell_contents for c in fn.__closure__ or ()]
        if not all(_plain(c) for c in cells):
            raise NotPortable(f"{fn.__qualname__} closes over values that are not plain data")
        before = ({k: dict(v) for k, v in self.sources.items()}, {k: dict(v) for k, v in self.header.items()})
        try:
            self._take(inspect.getmodule(fn), top)
        except NotPortable:
            self.sources, self.header = before  # nothing of a function that cannot be carried
            raise
        inner = None if fn.__qualname__ == top else fn.__code__.co_name
        return {"module": module, "name": top, "inner": inner, "cells": cells, "defaults": list(fn.__defaults__ or ())}

    def _take(self, module: types.ModuleType, name: str) -> None:
        short = module.__name__.rpartition(".")[2]
        taken = self.sources.setdefault(short, {})
        header = self.header.setdefault(short, {})
        if name in taken:
            return
        fn = getattr(module, name)
        taken[name] = inspect.getsource(fn)
        for used in [*(u for code in _codes(fn.__code__) for u in code.co_names), *_evaluated_by_def(taken[name])]:
            if used not in vars(module) or used in taken or used in header:
                continue  # a builtin, an attribute name, or already taken
            value = vars(module)[used]
            if isinstance(value, types.FunctionType) and value.__module__ == module.__name__:
                self._take(module, used)
            elif isinstance(value, types.ModuleType) and value in LIBRARIES:
                header[used] = f"import {LIBRARIES[value]} as {used}"
            elif getattr(value, "__module__", "").startswith("mlptutor.grader.checks.") and hasattr(value, "__qualname__"):
                header[used] = f"from {value.__module__} import {value.__qualname__} as {used}"
            elif _plain(value):
                header[used] = f"{used} = {value!r}"
            else:
                raise NotPortable(f"{module.__name__}.{name} uses {used}, which the checker must not hold")

    def modules(self) -> dict[str, str]:
        """module name -> its source text for the checker (annotations left unevaluated)."""
        return {short: '"""Judging helpers of grader/specs/%s.py, carried by the student checker."""\n\n' % short
                + "\n".join(["from __future__ import annotations\n", *self.header[short].values()]) + "\n\n\n"
                + "\n\n".join(sources.values())
                for short, sources in self.sources.items()}


def _evaluated_by_def(source: str) -> list[str]:
    """The names a top-level def's decorators and default values read when it runs (not in its code's names)."""
    node = ast.parse(source).body[0]
    args = node.args
    parts = [*node.decorator_list, *args.defaults, *(d for d in args.kw_defaults if d is not None)]
    return [n.id for part in parts for n in ast.walk(part) if isinstance(n, ast.Name)]
