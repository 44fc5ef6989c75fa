"""Record the public checks: every check's plan for the public student, as plain data.

The public student is one fixed id no real student can have (a NUL never
occurs in a folder name or a roster id), so its drawn inputs are public
cases and no real student's hidden inputs or expected values are in the
release. Each check kind that can be judged from data alone has an
adapter here: it drops what only `plan` needs (hidden-input generators,
the reference) and turns what `judge` needs into data. Kinds without
an adapter (behaviour scenarios judged by spec predicates, symbolic
formulas needing the answer's text) are listed as graded on submission
only.
"""

from __future__ import annotations

import dataclasses
import json
from typing import Callable

from grader import pipeline
from grader.checks.base import Check, Plan
from grader.checks.cases import Inputs
from grader.checks.gradient import GradientCheck, Point, same_output
from grader.checks.hygiene import HygieneCheck
from grader.checks.shape import ShapeCheck
from grader.checks.statistical import StatisticalCheck
from grader.checks.validate import leaves
from grader.checks.value import ValueCheck
from grader.release.student.codec import Encoder, GradPaths, no_note, save_arrays
from grader.spec import ExerciseSpec
from grader.versioning import GRADER_VERSION

PUBLIC_STUDENT = "\x00public"
FORMAT = 1


class ReleaseError(Exception):
    """The release cannot be made as asked; the message is one line."""


def _data_only(check: Check, **keep) -> Check:
    """The check without its callables (input generators used only by plan), plus `keep`."""
    dropped = {f.name: None for f in dataclasses.fields(check)
               if f.init and (callable(v := getattr(check, f.name)) or isinstance(v, Inputs))}
    return dataclasses.replace(check, **{**dropped, **keep})


def _gradient(check: GradientCheck, plan: Plan) -> Check:
    """grads as paths into the backward's result; the default forward test kept, a spec's own one dropped
    (it only adds a note); explain dropped (it only names the mistake)."""
    point: Point = plan.memo
    where = {id(leaf): path for path, leaf in leaves(point.expected)}
    paths = {}
    for name, grad in check.grads(point.expected).items():
        if id(grad) not in where:
            raise ReleaseError(f"{check.name}: the gradient {name!r} is not an item of the backward's result")
        paths[name] = where[id(grad)]
    agrees = same_output if check.forward_agrees is same_output else no_note
    return _data_only(check, grads=GradPaths(paths), forward_agrees=agrees)


ADAPTERS: dict[type, Callable[[Check, Plan], Check]] = {
    ValueCheck: lambda check, plan: _data_only(check),
    ShapeCheck: lambda check, plan: _data_only(check),
    HygieneCheck: lambda check, plan: _data_only(check),
    StatisticalCheck: lambda check, plan: _data_only(check),
    GradientCheck: _gradient,
}


def record(specs: dict[str, ExerciseSpec], exercises: list[str]) -> tuple[bytes, bytes, set[str]]:
    """(checks.json, arrays.npz, modules of the replayed check kinds) for `exercises`."""
    grader = pipeline.Grader(sandbox=None, specs=specs)
    job = pipeline.GradingJob(PUBLIC_STUDENT, {name: b"" for name in exercises}, only=exercises)
    pipeline.identify(job, grader)
    pipeline.plan(job, grader)
    encoder, entries, modules = Encoder(), [], set()
    for p in job.planned:
        entry = {"exercise": p.exercise.name, "function": p.function.name, "check": p.check.name,
                 "kind": p.check.kind, "points": p.check.points}
        adapter = ADAPTERS.get(type(p.check))
        if adapter is not None:
            portable = adapter(p.check, p.plan)
            entry["replay"] = {"check": encoder.encode(portable), "plan": encoder.encode(p.plan)}
            modules.add(type(p.check).__module__)
        entries.append(entry)
    document = {"format": FORMAT, "grader_version": GRADER_VERSION, "student": PUBLIC_STUDENT,
                "exercises": exercises, "checks": entries}
    return json.dumps(document).encode("utf-8"), save_arrays(encoder.arrays), modules
