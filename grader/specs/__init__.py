"""Exercise specs, one module per exercise, discovered by file name.

grader/specs/<exercise>.py defines SPEC = grader.spec.ExerciseSpec(name="<exercise>", ...).
Adding a module here is all it takes to grade a new exercise (README.md in
this folder says how to write one).
"""

from __future__ import annotations

import functools
import importlib
import importlib.util
import os
import pkgutil
import traceback
from collections.abc import Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # not at run time: exercise_names() must not import numpy and the checks
    from mlptutor.grader.mistakes import Mistake
    from mlptutor.grader.spec import ExerciseSpec


def exercise_names() -> list[str]:
    """The exercises' names in alphabetical order, from the spec modules' file names (nothing imported)."""
    return list(_names())


@functools.cache
def _names() -> tuple[str, ...]:
    # read once per process: listing the folder took 1 ms, and a check of a folder asked 23 times (2026-12-05)
    return tuple(sorted(info.name for info in pkgutil.iter_modules(__path__) if not info.name.startswith("_")))


@functools.cache
def load_specs() -> dict[str, ExerciseSpec]:
    """Every spec in this package by exercise name, in alphabetical order."""
    return {name: load_spec(name) for name in exercise_names()}


class SpecError(Exception):
    """A spec module that does not load: one line naming its file, the line and what is wrong (the commands print
    it as it is, never a traceback: an instructor adding an exercise meets it first)."""


@functools.cache
def load_spec(name: str) -> ExerciseSpec:
    """The spec of exercise `name` (KeyError when there is none, SpecError when its module does not load)."""
    if name not in _names():
        raise KeyError(name)
    spec = _imported(name)
    if spec.name != name:
        raise SpecError(f"grader/specs/{name}.py declares exercise {spec.name!r}: the names must agree")
    _forwards_graded(spec)
    return spec


def _imported(name: str) -> ExerciseSpec:
    """The SPEC of module `name`, a SpecError naming its file and line when it does not import."""
    try:
        return importlib.import_module(f"{__name__}.{name}").SPEC
    except Exception as error:  # a typo in the spec: an unknown keyword, a wrong import, a duplicate check name
        own, elsewhere = _places(error, name)
        raise SpecError(f"grader/specs/{name}.py{own}: {type(error).__name__}: {error}"
                        + (f" (raised in {elsewhere}: fix the spec or what it runs there" if elsewhere else
                           " (fix the spec") + ": grader/specs/README.md)") from error


def _forwards_graded(spec: ExerciseSpec) -> None:
    """SpecError when a gradient check's forward is no function its exercise grades (the spec's own, or
    forward_module's): a typo there (forward="dense_forwrd") passed every test, only the note on a wrong forward
    went missing."""
    for fn in spec.functions:
        for check in fn.checks:
            if check.kind != "gradient":
                continue
            module = check.forward_module or spec.name
            if module not in _names():
                raise SpecError(f"grader/specs/{spec.name}.py: {fn.name}'s check {check.name!r} has forward_module="
                                f"{module!r}, no exercise ({', '.join(_names())})")
            # the other's module, not load_spec: two specs naming each other's forwards would recurse; a broken one
            # is its SpecError (a bare ZeroDivisionError of mlp.py came out of loading backprop, in every command)
            graded = {f.name for f in (spec if module == spec.name else _imported(module)).functions}
            if check.forward not in graded:
                raise SpecError(f"grader/specs/{spec.name}.py: {fn.name}'s check {check.name!r} has forward="
                                f"{check.forward!r}, which {module} does not grade ({', '.join(sorted(graded))})"
                                + ("; a forward of another student file needs forward_module="
                                   if module == spec.name else ""))


def _places(error: Exception, name: str) -> tuple[str, str]:
    """(' line N' of the spec module's own line the error came from, or ''; 'FILE line M' where it was raised when
    that is another file, or ''): a SyntaxError of a module the spec imports was given as the spec's own line, and an
    error inside the grader's checks or the reference as the spec's, with no place at all."""
    origin = importlib.util.find_spec(f"{__name__}.{name}").origin
    frames = [(frame.filename, frame.lineno) for frame in traceback.extract_tb(error.__traceback__)
              if not frame.filename.startswith("<frozen")]
    if isinstance(error, SyntaxError) and error.filename and error.lineno:
        frames.append((error.filename, error.lineno))
    own = [line for file, line in frames if file == origin]
    raised = frames[-1] if frames and frames[-1][0] != origin else None
    return (f" line {own[-1]}" if own else "",
            f"{_shown(raised[0])} line {raised[1]}" if raised else "")


def _shown(file: str) -> str:
    """`file` from the folder the command runs in when it is under it, else as it is."""
    relative = os.path.relpath(file)
    return file if relative.startswith("..") else relative


class Specs(Mapping):
    """Every spec by exercise name, in alphabetical order, like load_specs(), each imported when first looked
    up: `mlptutor check` of one file imports one spec module (importing all 21 took about 50 ms of CPU,
    2026-12-05), and of a folder starts SymPy's companion as soon as the derivatives spec is in."""

    def __init__(self):
        self._names = exercise_names()

    def __getitem__(self, name: str) -> ExerciseSpec:
        return load_spec(name)

    def __contains__(self, name: object) -> bool:
        return name in self._names

    def __iter__(self):
        return iter(self._names)

    def __len__(self) -> int:
        return len(self._names)


def catalogue(specs: dict[str, ExerciseSpec] | None = None) -> dict[str, Mistake]:
    """All mistakes attached anywhere, by id; one id may be shared by several functions only as the same Mistake."""
    found: dict[str, Mistake] = {}
    for spec in (load_specs() if specs is None else specs).values():
        for fn in spec.functions:
            for m in fn.mistakes:
                if found.setdefault(m.id, m) is not m:
                    raise ValueError(f"mistake id {m.id!r} is defined twice with different variants")
    return found
