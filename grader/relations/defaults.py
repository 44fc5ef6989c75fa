"""A default of the student's signature that is not the stub's: the calls that leave that argument out get it.

Most checks pass every argument; some call with the defaults (perceptron's `DefaultsCheck`, a case without eta or
floor), so `def relative_error(a, b, floor=1e-6)` or `def symmetry_demo(..., eta=-0.5)` is wrong only there, and
none of the catalogue's variants, which keep the stub's defaults, gives those values. The defaults are read from
the student's file with `ast` on the trusted side, never run: literal ones (numbers, strings, booleans, None), and
arithmetic of numbers and of the module's own constants (`eps=1e-6 * 2`, `alpha=ALPHA` after `ALPHA = 0.1`), of a
top-level `def` of the graded function's name, the last one (as Python binds the name). Each that differs from
the reference's becomes a candidate mistake, the reference with the student's default, which the evidence must
single out like any catalogued mistake (grader.mistakes.diagnose); where several differ (a framework's defaults
copied whole: tf.layers.batch_normalization's momentum=0.99 and epsilon=1e-3), so does the reference with all of
them, which alone gives a call that leaves them all out.
"""

from __future__ import annotations

import ast
import inspect
import operator
from functools import lru_cache
from typing import Any, Callable

from mlptutor.grader.mistakes import Mistake

DEFAULT = "relation:default"


# a constant's value may name another constant: deeper chains are left unread (hostile text could nest them)
_DEPTH = 8
_ARITHMETIC = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv,
               ast.FloorDiv: operator.floordiv, ast.Mod: operator.mod}


@lru_cache(maxsize=8)
def _module(source: str | bytes) -> tuple[dict[str, ast.FunctionDef], list[ast.stmt]]:
    """(name -> the last top-level `def` of that name in `source`, as Python binds it; the top-level statements),
    parsed once for all of a file's failing functions; ({}, []) when the file does not parse (hostile text: any
    failure of the parser)."""
    try:
        tree = ast.parse(source)
    except Exception:  # a SyntaxError, or a RecursionError/MemoryError on absurd nesting
        return {}, []
    return {node.name: node for node in tree.body if isinstance(node, ast.FunctionDef)}, tree.body


def student_defaults(source: str | bytes, function: str) -> dict[str, Any]:
    """parameter -> its default in the last top-level `def function(...)` of `source`, when a literal, a module
    constant or arithmetic of those gives it; {} when there is none or the file does not parse."""
    definitions, body = _module(source)
    found = definitions.get(function)
    if found is None:
        return {}
    args = found.args
    positional = [*args.posonlyargs, *args.args]
    pairs = [*zip(positional[len(positional) - len(args.defaults):], args.defaults),
             *((a, d) for a, d in zip(args.kwonlyargs, args.kw_defaults) if d is not None)]
    constants, known = _constants(body, found.lineno), {}
    defaults = {}
    for arg, node in pairs:
        try:
            value = _value(node, constants, known, _DEPTH)
        except (ValueError, TypeError, ArithmeticError, MemoryError, RecursionError):
            continue
        if value is None or type(value) in (bool, int, float, str):
            defaults[arg.arg] = value
    return defaults


def _constants(body: list[ast.stmt], line: int) -> dict[str, ast.expr]:
    """name -> the expression of its last top-level plain assignment before `line` (a default is evaluated when
    its `def` runs)."""
    constants = {}
    for node in body:
        if node.lineno >= line:
            break
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            constants[node.targets[0].id] = node.value
        elif isinstance(node, ast.AnnAssign) and node.value is not None and isinstance(node.target, ast.Name):
            constants[node.target.id] = node.value
        elif isinstance(node, (ast.Assign, ast.AugAssign, ast.AnnAssign)):
            for target in ast.walk(node):  # a name bound otherwise (unpacking, +=) is no longer known
                if isinstance(target, ast.Name):
                    constants.pop(target.id, None)
    return constants


def _value(node: ast.expr, constants: dict[str, ast.expr], known: dict[str, Any], depth: int) -> Any:
    """A literal, a module constant or arithmetic of numbers; ValueError for anything else (never runs the text).
    `known`: the constants read so far, each read once (`B = A + A + A` over eight such lines would be 3^8 reads,
    and a hostile file's 60 terms a line a grader that never ends)."""
    if isinstance(node, ast.Name) and node.id in constants and depth > 0:
        if node.id not in known:
            known[node.id] = _value(constants[node.id], constants, known, depth - 1)
        return known[node.id]
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd)):
        operand = _number(_value(node.operand, constants, known, depth))
        return -operand if isinstance(node.op, ast.USub) else operand
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Pow):
        base, exponent = (_number(_value(n, constants, known, depth)) for n in (node.left, node.right))
        # float powers: an int tower (10 ** 10 ** 10) would never end; a default that is a whole power stays an int
        power = float(base) ** float(exponent)
        return _number(int(power)) if type(base) is int and type(exponent) is int and exponent >= 0 else power
    if isinstance(node, ast.BinOp) and type(node.op) in _ARITHMETIC:
        left, right = (_number(_value(n, constants, known, depth)) for n in (node.left, node.right))
        return _number(_ARITHMETIC[type(node.op)](left, right))
    return ast.literal_eval(node)


def _number(value: Any) -> int | float:
    """`value` when it is an int or a float (a bool or a string in arithmetic is no default to read), ints no
    longer than 64 bits (products of ever longer ints could run long)."""
    if type(value) not in (int, float) or (type(value) is int and value.bit_length() > 64):
        raise ValueError(value)
    return value


def default_mistakes(source: str | bytes, function: str, reference: Callable[..., Any]) -> tuple[Mistake, ...]:
    """One candidate mistake per readable default of the student's `function` that differs from the reference's."""
    try:
        signature = inspect.signature(reference)
    except (TypeError, ValueError):
        return ()
    theirs = student_defaults(source, function)
    differing = {name: parameter.default for name, parameter in signature.parameters.items()
                 if name in theirs and parameter.default is not inspect.Parameter.empty
                 and not _same(theirs[name], parameter.default)}
    mistakes = [Mistake(
        DEFAULT, f"the default {name}={theirs[name]!r} instead of the stub's {name}={ours!r}",
        f"your {function}'s signature gives {name} the default {theirs[name]!r}, the stub's is {ours!r}: every call "
        f"that leaves {name} out gets yours. Keep the stub's defaults.",
        _with_defaults(reference, signature, {name: theirs[name]})) for name, ours in differing.items()]
    if len(differing) > 1:
        yours = ", ".join(f"{name}={theirs[name]!r}" for name in differing)
        stubs = ", ".join(f"{name}={ours!r}" for name, ours in differing.items())
        mistakes.append(Mistake(
            DEFAULT, f"the defaults {yours} instead of the stub's {stubs}",
            f"your {function}'s signature gives the defaults {yours}, the stub's are {stubs}: every call that leaves "
            f"one of them out gets yours. Keep the stub's defaults.",
            _with_defaults(reference, signature, {name: theirs[name] for name in differing})))
    return tuple(mistakes)


def _same(a: Any, b: Any) -> bool:
    """Equal defaults (1 and 1.0 alike); a reference default that compares oddly counts as equal: none to name."""
    try:
        numbers = type(a) in (int, float) and type(b) in (int, float)
        return bool(a == b) if numbers else type(a) is type(b) and bool(a == b)
    except Exception:
        return True


def _with_defaults(reference: Callable[..., Any], signature: inspect.Signature, values: dict[str, Any]) -> Callable:
    """The reference, each parameter of `values` taking its value there when a call leaves it out."""
    def variant(*args, **kwargs):
        bound = signature.bind_partial(*args, **kwargs)
        for name, value in values.items():
            bound.arguments.setdefault(name, value)
        return reference(*bound.args, **bound.kwargs)
    return variant
