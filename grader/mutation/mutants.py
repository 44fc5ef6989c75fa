"""Mutants of the graded reference functions, as self-contained code and as student submissions.

A graded function is a `FunctionSpec.reference` of a spec in grader/specs/.
Its *unit* is the function plus every reference definition it needs
(helpers, constants, other reference functions), found by following the
module-level names it uses, inlined and renamed `_m_<name>` so that they
neither need `reference` (the sandbox imports only numpy and the standard
library) nor replace the student's own functions. The graded function keeps
its name, so the unit appended to the correct solution tests/solutions/<exercise>.py
redefines just that function.

Mutation sites are what a student writes for the function: every line of
the unit that the function's differential input set (inputs.py) executes,
in the function and in every helper it reaches (the derivatives inside
mlp_backward, softmax inside the cross-entropy gradient), plus the constants
of its own module (the init gains, EPS). Lines no input reaches (error
branches, activations the exercise never uses) are left alone: edits there
could only give equivalent mutants. A function that returns a formula as
text (the derivatives exercise) is mutated inside the formula.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import sys
import types
import warnings
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterator

import numpy as np

from mlptutor.grader.mutation.inputs import cases, fresh_arguments
from mlptutor.grader.mutation.operators import OPERATORS, Mutation, apply, mutations
from mlptutor.grader.specs import load_specs

ROOT = Path(__file__).resolve().parents[2]
SOLUTIONS = ROOT / "tests" / "solutions"
PREFIX = "_m_"


@dataclass(frozen=True)
class Target:
    """A graded function: the exercise file it is in, its name there, and the trusted reference."""

    exercise: str
    function: str
    reference: Callable


@dataclass(frozen=True)
class Mutant:
    """One mutated unit: `code` defines `function` (and its renamed helpers) with one edit applied."""

    id: str
    exercise: str
    function: str
    operator: str
    description: str  # one line: where and what
    code: str


def targets(exercises: list[str] | None = None) -> list[Target]:
    """The graded functions of every spec (or of the named exercises), in spec order."""
    specs = load_specs()
    unknown = sorted(set(exercises or ()) - set(specs))
    if unknown:
        raise ValueError(f"unknown exercise(s) {', '.join(unknown)}: use some of {', '.join(specs)}")
    return [Target(name, fn.name, fn.reference) for name, spec in specs.items()
            if exercises is None or name in exercises for fn in spec.functions]


# ---- the unit: the function and what it needs ----

@lru_cache(maxsize=None)
def _module_tree(module: str) -> dict[str, ast.stmt]:
    """Module-level name -> the statement binding it (def, class, assignment or import)."""
    tree = ast.parse(inspect.getsource(importlib.import_module(module)))
    bound: dict[str, ast.stmt] = {}
    for stmt in tree.body:
        if isinstance(stmt, (ast.FunctionDef, ast.ClassDef)):
            bound[stmt.name] = stmt
        elif isinstance(stmt, (ast.Assign, ast.AnnAssign)):
            for target in (stmt.targets if isinstance(stmt, ast.Assign) else [stmt.target]):
                for n in ast.walk(target):
                    if isinstance(n, ast.Name):
                        bound[n.id] = stmt
        elif isinstance(stmt, (ast.Import, ast.ImportFrom)):
            for alias in stmt.names:
                bound[alias.asname or alias.name.split(".")[0]] = stmt
    return bound


def _used_names(node: ast.AST) -> list[str]:
    """Names a definition reads, minus its own arguments (which shadow module names)."""
    params = {a.arg for a in ast.walk(node) if isinstance(a, ast.arg)}
    return list(dict.fromkeys(n.id for n in ast.walk(node) if isinstance(n, ast.Name) and n.id not in params))


def _resolve(module: str, name: str) -> tuple[str, str] | str | None:
    """Where module-level `name` of `module` is defined: (module, name) in reference/, an import line
    for anything else imported, or None for builtins."""
    stmt = _module_tree(module).get(name)
    if stmt is None:
        return None
    if isinstance(stmt, ast.ImportFrom):
        alias = next(a for a in stmt.names if (a.asname or a.name) == name)
        if (stmt.module + ".").startswith("mlptutor.reference."):
            return _resolve(stmt.module, alias.name)
        return f"from {stmt.module} import {alias.name}" + (f" as {alias.asname}" if alias.asname else "")
    if isinstance(stmt, ast.Import):
        alias = next(a for a in stmt.names if (a.asname or a.name.split(".")[0]) == name)
        return f"import {alias.name}" + (f" as {alias.asname}" if alias.asname else "")
    return module, name


@dataclass
class Unit:
    """The target's definitions in dependency order (helpers first), renamed, and the imports they need."""

    target: Target
    imports: list[str]
    definitions: list[tuple[tuple[str, str], ast.stmt]]  # ((module, name), renamed statement)
    constants: set[tuple[str, str]]  # module-level assignments of the target's own module

    def source(self, replaced: dict[tuple[str, str], ast.stmt] | None = None) -> str:
        return "\n\n\n".join(self._parts(replaced or {})) + "\n"

    texts: dict[tuple[str, str], str] = field(init=False, repr=False)

    def __post_init__(self):
        # unparsed once: unparsing every helper again for each mutant was most of the generation time
        self.texts = {key: ast.unparse(stmt) for key, stmt in self.definitions}

    def _parts(self, replaced) -> list[str]:
        return ["\n".join(self.imports)] + [ast.unparse(replaced[key]) if key in replaced else self.texts[key]
                                              for key, _ in self.definitions]

    def first_lines(self) -> dict[tuple[str, str], int]:
        """The line of source() on which each definition starts."""
        parts = self._parts({})
        starts, line = {}, parts[0].count("\n") + 4
        for (key, _), text in zip(self.definitions, parts[1:]):
            starts[key] = line
            line += text.count("\n") + 3
        return starts


def build_unit(target: Target) -> Unit:
    """Collect the target's definitions, rename every helper to _m_<name>, note which are mutable."""
    home = target.reference.__module__
    start = (home, target.reference.__name__)
    order: list[tuple[str, str]] = []
    imports = ["import numpy as np"]  # operators may bring numpy into code that had none (np.float32, np.random)
    names: dict[tuple[str, str], str] = {start: target.function}
    uses: dict[tuple[str, str], dict[str, tuple[str, str]]] = {}

    def visit(key):
        if key in uses:
            return
        module, name = key
        stmt = _module_tree(module)[name]
        uses[key] = {}
        for used in _used_names(stmt):
            where = _resolve(module, used)
            if isinstance(where, str):
                imports.append(where)
            elif where is not None and where != key:
                uses[key][used] = where
                if where not in names:
                    taken = set(names.values())
                    names[where] = PREFIX + where[1] if PREFIX + where[1] not in taken else \
                        f"{PREFIX}{where[0].split('.')[-1]}_{where[1]}"
                visit(where)
        order.append(key)

    visit(start)
    definitions = []
    for key in order:
        stmt = _module_tree(key[0])[key[1]]
        renames = {used: names[where] for used, where in uses[key].items()}
        renames[key[1]] = names[key]
        definitions.append((key, _Renamer(renames).visit(_own_copy(stmt))))
    constants = {key for key, stmt in definitions if key[0] == home and isinstance(stmt, (ast.Assign, ast.AnnAssign))}
    return Unit(target, list(dict.fromkeys(imports)), definitions, constants)


def covered_lines(unit: Unit) -> set[int]:
    """Lines of unit.source() that running the function on its differential input set executes."""
    fn = load_mutants(unit.source(), unit.target.function)
    filename = fn.__code__.co_filename
    lines: set[int] = set()

    def local(frame, event, arg):
        if event == "line":
            lines.add(frame.f_lineno)
        return local

    def tracer(frame, event, arg):
        if frame.f_code.co_filename != filename:
            return None
        lines.add(frame.f_lineno)
        return local

    for case in cases(unit.target.function, unit.target.exercise):
        args, kwargs = fresh_arguments(case.args), fresh_arguments(case.kwargs)
        with warnings.catch_warnings(), np.errstate(all="ignore"):
            warnings.simplefilter("ignore")
            sys.settrace(tracer)
            try:
                fn(*args, **kwargs)
            except Exception:  # an input the reference refuses still covers the lines up to the refusal
                pass
            finally:
                sys.settrace(None)
    return lines


def _own_copy(stmt: ast.stmt) -> ast.stmt:
    return ast.parse(ast.unparse(stmt)).body[0]


class _Renamer(ast.NodeTransformer):
    def __init__(self, renames: dict[str, str]):
        self.renames = renames

    def visit_Name(self, node):
        node.id = self.renames.get(node.id, node.id)
        return node

    def _rename_def(self, node):
        node.name = self.renames.get(node.name, node.name)
        self.generic_visit(node)
        return node

    visit_FunctionDef = visit_ClassDef = _rename_def


# ---- mutants ----

def _formula(stmt: ast.stmt) -> ast.Constant | None:
    """The returned text constant of a function that returns a formula, else None."""
    if not isinstance(stmt, ast.FunctionDef):
        return None
    returns = [n for n in ast.walk(stmt) if isinstance(n, ast.Return)]
    if len(returns) == 1 and isinstance(returns[0].value, ast.Constant) and isinstance(returns[0].value.value, str):
        return returns[0].value
    return None


def _edits(stmt: ast.stmt, operators) -> Iterator[tuple[Mutation, ast.stmt]]:
    """(mutation, mutated copy of stmt) for every edit of a definition (or of the formula it returns)."""
    formula = _formula(stmt)
    try:
        expression = ast.parse(formula.value, mode="eval") if formula is not None else None
    except SyntaxError:  # text, not a formula
        expression = None
    if expression is None:
        for m in mutations(stmt, operators):
            yield m, apply(stmt, m)
        return
    for m in mutations(expression, operators):
        text = ast.unparse(apply(expression, m))
        copy_ = _own_copy(stmt)
        _formula(copy_).value = text
        yield m, copy_


def generate(target: Target, operators: dict[str, Callable] = OPERATORS) -> list[Mutant]:
    """Every distinct mutant of the target (an edit giving code already seen, or the original, is dropped)."""
    unit = build_unit(target)
    seen = {unit.source()}
    covered, starts = covered_lines(unit), unit.first_lines()
    out = []
    for key, stmt in unit.definitions:
        everywhere = key in unit.constants or _formula(stmt) is not None
        if not everywhere and not isinstance(stmt, (ast.FunctionDef, ast.ClassDef)):
            continue
        where = "" if key[1] == target.reference.__name__ else f" (in helper {key[1]})"
        for m, mutated in _edits(stmt, operators):
            if not everywhere and starts[key] + m.line - 1 not in covered:
                continue
            code = unit.source({key: mutated})
            if code in seen:
                continue
            seen.add(code)
            out.append(Mutant(f"{target.exercise}.{target.function}#{len(out) + 1}", target.exercise, target.function, m.operator,
                              f"line {m.line}{where}: {m.description}", code))
    return out


def all_mutants(exercises: list[str] | None = None, operators: dict[str, Callable] = OPERATORS) -> list[Mutant]:
    return [m for t in targets(exercises) for m in generate(t, operators)]


def load_mutants(code: str, function: str) -> Callable:
    """The function a unit's code defines (the code is trusted: derived from reference/)."""
    module = types.ModuleType(f"mutant_{function}")
    sys.modules[module.__name__] = module  # dataclasses look their module up while the class is made
    try:
        exec(compile(code, f"<mutant {function}>", "exec"), module.__dict__)
    finally:
        del sys.modules[module.__name__]
    return module.__dict__[function]


# ---- as a student submission ----

@lru_cache(maxsize=None)
def solution(exercise: str) -> str:
    return (SOLUTIONS / f"{exercise}.py").read_text()


def submission(mutant: Mutant) -> dict[str, str]:
    """Every correct solution file, the mutant's exercise with the mutated unit appended (redefining one function).

    The other files are there because some checks call them (backprop's gradient check runs the
    student's own mlp_forward); only the mutant's exercise is graded."""
    files = {path.stem: solution(path.stem) for path in sorted(SOLUTIONS.glob("*.py"))}
    files[mutant.exercise] = files[mutant.exercise] + "\n\n# ---- mutant " + mutant.id + " ----\n" + mutant.code
    return files

