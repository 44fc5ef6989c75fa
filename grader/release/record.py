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

import copy
import dataclasses
import json
from typing import Callable

from grader import pipeline
from grader.checks.base import Check, Plan
from grader.release import ReleaseError
from grader.checks.behaviour import BehaviourCheck
from grader.checks.cases import Case, Inputs, run_trusted
from grader.checks.gradient import GradientCheck, Point, same_output
from grader.checks.hygiene import HygieneCheck
from grader.checks.shape import ShapeCheck
from grader.checks.statistical import StatisticalCheck
from grader.checks.validate import leaves
from grader.checks.value import ValueCheck
from grader.release.portable import NotPortable, Portable
from grader.release.student.codec import Carried, Encoder, GradPaths, RecordedVariant, no_note, save_arrays
from grader.spec import ExerciseSpec
from grader.versioning import GRADER_VERSION

PUBLIC_STUDENT = "\x00public"
FORMAT = 1


def _data_only(check: Check, **keep) -> Check:
    """The check without its callables (input generators used only by plan), plus `keep`."""
    dropped = {f.name: None for f in dataclasses.fields(check)
               if f.init and (callable(v := getattr(check, f.name)) or isinstance(v, Inputs))}
    return dataclasses.replace(check, **{**dropped, **keep})


def _carried(portable: Portable, fn) -> Carried:
    return Carried(**portable.function(fn))


def _gradient(check: GradientCheck, plan: Plan, portable: Portable) -> Check:
    """grads as paths into the backward's result; the spec's forward test and explanation carried, or
    else dropped: they only add a note or name the mistake, never change the score."""
    point: Point = plan.memo
    where = {id(leaf): path for path, leaf in leaves(point.expected)}
    paths = {}
    for name, grad in check.grads(point.expected).items():
        if id(grad) not in where:
            raise ReleaseError(f"{check.name}: the gradient {name!r} is not an item of the backward's result")
        paths[name] = where[id(grad)]
    agrees, explain = check.forward_agrees, check.explain
    if agrees is not same_output:
        try:
            agrees = _carried(portable, agrees)
        except NotPortable:
            agrees = no_note
    if explain is not None:
        try:
            explain = _carried(portable, explain)
        except NotPortable:
            explain = None
    return _data_only(check, grads=GradPaths(paths), forward_agrees=agrees, explain=explain)


def _behaviour(check: BehaviourCheck, plan: Plan, portable: Portable) -> Check:
    """Scenarios without their inputs (recorded in the plan), their predicates carried; NotPortable if one cannot be."""
    scenarios = tuple(dataclasses.replace(s, args=None, draw=None, expect=_carried(portable, s.expect))
                      for s in check.scenarios)
    return dataclasses.replace(check, scenarios=scenarios)


ADAPTERS: dict[type, Callable[[Check, Plan, Portable], Check]] = {
    ValueCheck: lambda check, plan, portable: _data_only(check),
    ShapeCheck: lambda check, plan, portable: _data_only(check),
    HygieneCheck: lambda check, plan, portable: _data_only(check),
    StatisticalCheck: lambda check, plan, portable: _data_only(check),
    GradientCheck: _gradient,
    BehaviourCheck: _behaviour,
}


def _result(variant, call) -> tuple:
    """(result, raised) of a variant on a call's arguments; a result that is not plain data explains nothing."""
    try:
        result = run_trusted(variant, Case(copy.deepcopy(call.args), copy.deepcopy(call.kwargs)))
        Encoder().encode(result)  # on its own first: a failed encoding must leave nothing in the release's
        return result, False
    except Exception:  # the variant cannot run on these inputs: it explains nothing there
        return None, True


def _mistakes(mistakes, calls) -> list:
    """[id, title, hint, RecordedVariant] of each mistake: its results on the plain arguments of the calls
    of the function it is a variant of."""
    plain = list({(id(c.args), id(c.kwargs)): c for c in calls if not c.refs()}.values())
    recorded = []
    for mistake in mistakes:
        cases = [[call.args, call.kwargs, *_result(mistake.variant, call)] for call in plain]
        recorded.append([mistake.id, mistake.title, mistake.hint, RecordedVariant(cases)])
    return recorded


@dataclasses.dataclass(frozen=True)
class Recording:
    checks: bytes  # checks.json
    arrays: bytes  # arrays.npz
    modules: set[str]  # the grader modules of the replayed check kinds
    carried: dict[str, str]  # spec module -> source of the functions carried


def record(specs: dict[str, ExerciseSpec], exercises: list[str]) -> Recording:
    """Every check of `exercises` planned for the public student, as data where it can be replayed."""
    grader = pipeline.Grader(sandbox=None, specs=specs)
    job = pipeline.GradingJob(PUBLIC_STUDENT, {name: b"" for name in exercises}, only=exercises)
    pipeline.identify(job, grader)
    pipeline.plan(job, grader)
    encoder, entries, modules, portable = Encoder(), [], set(), Portable()
    replayed_calls: dict[tuple[str, str], list] = {}
    for p in job.planned:
        entry = {"exercise": p.exercise.name, "function": p.function.name, "check": p.check.name,
                 "kind": p.check.kind, "points": p.check.points}
        adapter = ADAPTERS.get(type(p.check))
        try:
            if adapter is not None:
                replayed = adapter(p.check, p.plan, portable)
                entry["replay"] = {"check": encoder.encode(replayed), "plan": encoder.encode(p.plan)}
                modules.add(type(p.check).__module__)
                own = [c for c in p.plan.calls if (c.module, c.function) == (p.ctx.module, p.ctx.function)]
                replayed_calls.setdefault((p.exercise.name, p.function.name), []).extend(own)
        except NotPortable as why:
            entry["why"] = str(why)
        entries.append(entry)
    mistakes = {f"{e}.{f.name}": encoder.encode(_mistakes(f.mistakes, replayed_calls.get((e, f.name), [])))
                for e in exercises for f in specs[e].functions if f.mistakes}
    document = {"format": FORMAT, "grader_version": GRADER_VERSION, "student": PUBLIC_STUDENT,
                "exercises": exercises, "checks": entries, "mistakes": mistakes}
    return Recording(json.dumps(document).encode("utf-8"), save_arrays(encoder.arrays), modules, portable.modules())
