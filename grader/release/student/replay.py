"""The recorded checks as specs the grader's own pipeline runs: each check's `plan` gives back its recorded plan.

Judging is the grader's code, unchanged: the same check classes, the
same pipeline steps, the same sandbox; only the plans (inputs, expected
values, tolerances) come from the release's data instead of the reference.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, fields
from pathlib import Path

from mlptutor.grader.mistakes import Mistake
from mlptutor.grader.spec import ExerciseSpec, FunctionSpec

from .codec import Decoder, load_arrays

DATA = Path(__file__).resolve().parent / "public"
_KINDS: dict[type, type] = {}


def _recorded_plan(self, ctx):
    return self._recorded


def replayed(check, plan):
    """`check` whose plan() returns `plan` (a subclass of its own kind, so it judges and prepares alike)."""
    kind = type(check)
    sub = _KINDS.get(kind) or _KINDS.setdefault(
        kind, type(kind.__name__, (kind,), {"plan": _recorded_plan, "__module__": __name__}))
    copy = sub(**{f.name: getattr(check, f.name) for f in fields(check) if f.init})
    object.__setattr__(copy, "_recorded", plan)
    return copy


@dataclass(frozen=True)
class Release:
    """The recorded checks: specs to grade with, the public student's id, and the checks left to grading."""

    specs: dict[str, ExerciseSpec]
    student: str
    not_here: list[dict]  # checks graded on submission only: exercise, function, check, kind, points


def load_recorded(folder: Path = DATA) -> Release:
    document = json.loads((folder / "checks.json").read_text(encoding="utf-8"))
    decoder = Decoder(load_arrays((folder / "arrays.npz").read_bytes()))
    functions: dict[str, dict[str, list]] = {name: {} for name in document["exercises"]}
    not_here = []
    for entry in document["checks"]:
        checks = functions[entry["exercise"]].setdefault(entry["function"], [])
        if "replay" in entry:
            checks.append(replayed(decoder.decode(entry["replay"]["check"]), decoder.decode(entry["replay"]["plan"])))
        else:
            not_here.append({k: entry[k] for k in ("exercise", "function", "check", "kind", "points")})
    mistakes = {key: tuple(Mistake(*m) for m in decoder.decode(data)) for key, data in document["mistakes"].items()}
    references = {key: decoder.decode(data) for key, data in document["references"].items()}
    declared = document["arguments"]  # FunctionSpec.updates and .fresh, where a docstring says something

    def spec(name: str, fn: str, checks: list) -> FunctionSpec:
        updates, fresh = declared.get(f"{name}.{fn}", ((), None))
        return FunctionSpec(fn, references.get(f"{name}.{fn}"), tuple(checks), mistakes.get(f"{name}.{fn}", ()),
                            tuple(updates), fresh)

    specs = {name: ExerciseSpec(name, tuple(spec(name, fn, checks) for fn, checks in fns.items()))
             for name, fns in functions.items()}
    return Release(specs, document["student"], not_here)
