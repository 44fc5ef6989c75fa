"""What a spec declares: the functions of one exercise, their checks, points and known mistakes.

A spec module grader/specs/<exercise>.py defines `SPEC = ExerciseSpec(...)`;
see grader/specs/README.md for how to write one.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Callable

from mlptutor.grader.checks.base import Check
from mlptutor.grader.mistakes import Edit, Mistake


@dataclass(frozen=True)
class FunctionSpec:
    """One graded function: its name in the student's file, the trusted reference, checks, mistakes.

    What its docstring says about the caller's arguments, read by the pipeline's `judge_arguments` (every
    call must leave every argument as it was sent): `updates` names the arguments it says the function
    updates in place (exempt), `fresh` what it promises is new ("a new dict": no result may hold an
    argument's very object)."""

    name: str
    reference: Callable[..., Any]
    checks: tuple[Check, ...]
    mistakes: tuple[Mistake, ...] = ()
    updates: tuple[str, ...] = ()
    fresh: str | None = None

    def __post_init__(self):
        names = [c.name for c in self.checks]
        if len(set(names)) != len(names):
            raise ValueError(f"{self.name}: check names must be unique, got {names}")

    @property
    def max_points(self) -> float:
        return sum(c.points for c in self.checks)


@dataclass(frozen=True)
class ExerciseSpec:
    """One exercise = one student file exercises/<name>.py; `edits` makes each of its mistakes (mistake id -> Edit);
    `terms` states what a function's reference adds up to (function name -> grader.relations.terms.Term, ...)."""

    name: str
    functions: tuple[FunctionSpec, ...]
    edits: Mapping[str, Edit] = field(default_factory=dict, compare=False)
    terms: Mapping[str, tuple] = field(default_factory=dict, compare=False)

    @property
    def max_points(self) -> float:
        return sum(f.max_points for f in self.functions)
