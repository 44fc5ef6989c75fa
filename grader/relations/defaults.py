"""A default of the student's signature that is not the stub's: the calls that leave that argument out get it.

Most checks pass every argument; some call with the defaults (perceptron's `DefaultsCheck`, a case without eta or
floor), so `def relative_error(a, b, floor=1e-6)` or `def symmetry_demo(..., eta=-0.5)` is wrong only there, and
none of the catalogue's variants, which keep the stub's defaults, gives those values. The defaults are read from
the student's file with `ast` on the trusted side, never run: only literal ones (numbers, strings, booleans, None)
of a top-level `def` of the graded function's name, the last one (as Python binds the name). Each that differs from
the reference's becomes a candidate mistake, the reference with the student's default, which the evidence must
single out like any catalogued mistake (grader.mistakes.diagnose).
"""

from __future__ import annotations

import ast
import inspect
from functools import lru_cache
from typing import Any, Callable

from mlptutor.grader.mistakes import Mistake

DEFAULT = "relation:default"


@lru_cache(maxsize=8)
def _definitions(source: str | bytes) -> dict[str, ast.FunctionDef]:
    """name -> the last top-level `def` of that name in `source` (as Python binds it), parsed once for all of a
    file's failing functions; {} when the file does not parse (hostile text: any failure of the parser)."""
    try:
        tree = ast.parse(source)
    except Exception:  # a SyntaxError, or a RecursionError/MemoryError on absurd nesting
        return {}
    return {node.name: node for node in tree.body if isinstance(node, ast.FunctionDef)}


def student_defaults(source: str | bytes, function: str) -> dict[str, Any]:
    """parameter -> its literal default in the last top-level `def function(...)` of `source`; {} when there is
    none or the file does not parse."""
    found = _definitions(source).get(function)
    if found is None:
        return {}
    args = found.args
    positional = [*args.posonlyargs, *args.args]
    pairs = [*zip(positional[len(positional) - len(args.defaults):], args.defaults),
             *((a, d) for a, d in zip(args.kwonlyargs, args.kw_defaults) if d is not None)]
    defaults = {}
    for arg, node in pairs:
        try:
            value = ast.literal_eval(node)
        except (ValueError, TypeError, SyntaxError, MemoryError, RecursionError):
            continue
        if value is None or type(value) in (bool, int, float, str):
            defaults[arg.arg] = value
    return defaults


def default_mistakes(source: str | bytes, function: str, reference: Callable[..., Any]) -> tuple[Mistake, ...]:
    """One candidate mistake per literal default of the student's `function` that differs from the reference's."""
    try:
        signature = inspect.signature(reference)
    except (TypeError, ValueError):
        return ()
    theirs = student_defaults(source, function)
    mistakes = []
    for name, parameter in signature.parameters.items():
        ours = parameter.default
        if name not in theirs or ours is inspect.Parameter.empty or _same(theirs[name], ours):
            continue
        mistakes.append(Mistake(
            DEFAULT, f"the default {name}={theirs[name]!r} instead of the stub's {name}={ours!r}",
            f"your {function}'s signature gives {name} the default {theirs[name]!r}, the stub's is {ours!r}: every call "
            f"that leaves {name} out gets yours. Keep the stub's defaults.",
            _with_default(reference, signature, name, theirs[name])))
    return tuple(mistakes)


def _same(a: Any, b: Any) -> bool:
    """Equal defaults (1 and 1.0 alike); a reference default that compares oddly counts as equal: none to name."""
    try:
        numbers = type(a) in (int, float) and type(b) in (int, float)
        return bool(a == b) if numbers else type(a) is type(b) and bool(a == b)
    except Exception:
        return True


def _with_default(reference: Callable[..., Any], signature: inspect.Signature, name: str, value: Any) -> Callable:
    """The reference, `name` taking `value` when a call leaves it out."""
    def variant(*args, **kwargs):
        bound = signature.bind_partial(*args, **kwargs)
        bound.arguments.setdefault(name, value)
        return reference(*bound.args, **bound.kwargs)
    return variant
