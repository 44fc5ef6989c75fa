"""Record the public checks: every check's plan for the public student, as plain data.

The public student is one fixed id no real student can have (a NUL never
occurs in a folder name or a roster id), so its drawn inputs are public
cases and no real student's hidden inputs or expected values are in the
release. Each check kind that can be judged from data alone has an
adapter here: it drops what only `plan` needs (hidden-input generators,
the reference) and turns what `judge` needs into data, or into spec
functions carried as source (behaviour predicates: portable.py). A check
that cannot be carried (a predicate measuring with the reference) is
listed as graded on submission only. A formula check carries its answer
as a fingerprint, the answer's values at the sample points (never its
text, which is the solution); its catalogued wrong formulas are recorded
by their values at the sample points its evidence holds, so the checker
names them as grading does. A check handing the student's code known
test functions (gradcheck) carries them by name (grader/specs/_known.py
travels with the checker); the capstone's runs check carries the aspects
its reference-free base judges (reproducible), with the runs recorded.

Explanations work in the checker too, from recorded results, never code:
each catalogued mistake's variant and each reference function on every
public input of its exercise (the latter also with the defaults filled in,
as relations bind them), and the public examples the relations show
(`public_draws`). A relation that runs the reference on other arguments
finds no result there and explains nothing in the checker.
"""

from __future__ import annotations

import copy
import dataclasses
import inspect
import json
from typing import Callable

from mlptutor.grader import pipeline
from mlptutor.grader.checks.base import Check, Context, Plan
from mlptutor.grader.checks.behaviour import BehaviourCheck
from mlptutor.grader.checks.cases import Case, Inputs, run_trusted
from mlptutor.grader.checks.gradient import GradientCheck, Point, same_output
from mlptutor.grader.checks.hygiene import HygieneCheck
from mlptutor.grader.checks.shape import ShapeCheck
from mlptutor.grader.checks.statistical import StatisticalCheck
from mlptutor.grader.checks.symbolic import SEED, SymbolicCheck
from mlptutor.grader.checks.validate import leaves
from mlptutor.grader.checks.value import ValueCheck
from mlptutor.grader.relations.examples import public_draws
from mlptutor.grader.release import ReleaseError
from mlptutor.grader.release.portable import NotPortable, Portable
from mlptutor.grader.release.student.codec import Encoder, save_arrays
from mlptutor.grader.release.student.standins import Carried, Drawn, GradPaths, RecordedVariant, no_note, signature_of
from mlptutor.grader.spec import ExerciseSpec
from mlptutor.grader.specs._known_check import KnownFunctionCheck, resolved
from mlptutor.grader.specs._runs_check import RunsCheck
from mlptutor.grader.symbolic_worker import fingerprint
from mlptutor.grader.versioning import GRADER_VERSION

PUBLIC_STUDENT = pipeline.PUBLIC_STUDENT
FORMAT = 1


def _data_only(check: Check, **keep) -> Check:
    """The check without its callables (input generators used only by plan), plus `keep`."""
    dropped = {f.name: None for f in dataclasses.fields(check)
               if f.init and (callable(v := getattr(check, f.name)) or isinstance(v, Inputs))}
    return dataclasses.replace(check, **{**dropped, **keep})


def _carried(portable: Portable, fn) -> Carried:
    return Carried(**portable.function(fn))


def _gradient(check: GradientCheck, plan: Plan, portable: Portable, ctx: Context) -> Check:
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


def _behaviour(check: BehaviourCheck, plan: Plan, portable: Portable, ctx: Context) -> Check:
    """Scenarios without their inputs (recorded in the plan), their predicates carried; NotPortable if one cannot be."""
    scenarios = tuple(dataclasses.replace(s, args=None, draw=None, expect=_carried(portable, s.expect))
                      for s in check.scenarios)
    return dataclasses.replace(check, scenarios=scenarios)


def _known_function(check: KnownFunctionCheck, plan: Plan, portable: Portable, ctx: Context) -> Check:
    """Its predicate carried (NotPortable if it cannot be); the known test functions travel by name (codec)."""
    expect = None if check.expect is None else _carried(portable, check.expect)
    return _data_only(check, expect=expect)


def _runs(check: RunsCheck, plan: Plan, portable: Portable, ctx: Context) -> Check:
    """An aspect the base RunsCheck judges (no reference needed) as a plain RunsCheck on the recorded runs; an
    aspect of a subclass judged with the reference (the capstone's learns, early-stopping) is NotPortable."""
    if not hasattr(RunsCheck, "_" + check.aspect.replace("-", "_")):
        raise NotPortable(f"{type(check).__qualname__}'s {check.aspect} aspect recomputes the student's network with "
                          "the reference")
    return RunsCheck(check.name, check.points, check.aspect)


def _symbolic(check: SymbolicCheck, plan: Plan, portable: Portable, ctx: Context) -> Check:
    """The answer as its fingerprint (its values at the sample points the checker compares at), never its text."""
    _, answer, variables = check._item(ctx, "")
    values = fingerprint(answer, variables, SEED)
    if values["status"] != "ok":
        raise ReleaseError(f"{ctx.exercise}.{ctx.function}: {values['message']}")
    return dataclasses.replace(check, formula="", fingerprint=tuple(values["values"]),
                               variables=tuple(sorted(variables.items())))


ADAPTERS: dict[type, Callable[[Check, Plan, Portable, Context], Check]] = {
    ValueCheck: lambda check, plan, portable, ctx: _data_only(check),
    ShapeCheck: lambda check, plan, portable, ctx: _data_only(check),
    HygieneCheck: lambda check, plan, portable, ctx: _data_only(check),
    StatisticalCheck: lambda check, plan, portable, ctx: _data_only(check),
    GradientCheck: _gradient,
    BehaviourCheck: _behaviour,
    SymbolicCheck: _symbolic,
    KnownFunctionCheck: _known_function,
    RunsCheck: _runs,
}


def _adapter(check: Check):
    """The adapter of the check's kind, or of the nearest kind it is a subclass of (a spec's own aspects)."""
    return next((ADAPTERS[kind] for kind in type(check).__mro__ if kind in ADAPTERS), None)


def _own_cases(p) -> list[Case]:
    """The distinct plain argument sets the function under grading is called with by planned check `p` (what
    explanations replay the reference and the mistakes' variants on): its calls' arguments, or for a check
    handing it known functions, the cases with those functions in; none for a formula (the reference's result
    on it is the answer's text) nor for runs judged together (a verdict without evidence: nothing to explain)."""
    if isinstance(p.check, (SymbolicCheck, RunsCheck)):
        return []
    if isinstance(p.check, KnownFunctionCheck):
        return list(p.plan.memo[0])
    return [Case(c.args, c.kwargs) for c in p.plan.calls
            if (c.module, c.function) == (p.ctx.module, p.ctx.function) and not c.refs()]


def _formula_cases(p) -> list[Case]:
    """The sample points a formula check's evidence holds (its variables' values), where a catalogued wrong
    formula is told by its values: public, as the answer's values there are (its fingerprint); none for other
    checks. Only the mistakes' variants are recorded on them, never the reference (its result is the answer)."""
    return [Case(args, {}) for args in p.check.evidence_args(p.ctx)] if isinstance(p.check, SymbolicCheck) else []


def _distinct(cases: list[Case]) -> list[Case]:
    """`cases` without repeats of the very same argument objects (checks sharing inputs plan the same calls)."""
    return list({(id(c.args), id(c.kwargs)): c for c in cases}.values())


def _result(variant, call) -> tuple:
    """(result, raised) of a variant on a call's (or case's) arguments; a result that is not plain data
    explains nothing."""
    try:
        result = run_trusted(variant, Case(copy.deepcopy(call.args), copy.deepcopy(call.kwargs)))
        Encoder().encode(result)  # on its own first: a failed encoding must leave nothing in the release's
        return result, False
    except Exception:  # the variant cannot run on these inputs: it explains nothing there
        return None, True


def _bound(fn, case: Case) -> Case:
    """The case with fn's defaults filled in, all positional where fn's signature allows (as relations bind it)."""
    try:
        bound = inspect.signature(fn).bind(*case.args, **case.kwargs)
    except (TypeError, ValueError):
        return case
    bound.apply_defaults()
    return Case(bound.args, bound.kwargs)


def _recorded(fn, cases: list[Case], signature: bool = True) -> RecordedVariant:
    """A trusted function (a reference, a mistake's variant) as its results on public cases: what explaining a
    wrong value compares with (the catalogue tells a mistake apart from the right answer, relations measure
    from the reference, whose parameters they name)."""
    return RecordedVariant([[c.args, c.kwargs, *_result(fn, c)] for c in cases],
                           signature_of(fn) if signature else None)


_DRAW_FIELDS = ("hidden", "sizes", "inputs")  # the fields public_draws reads


def _draws(exercise: str, function) -> Drawn:
    """The cases the explanations' public examples draw for `function`, all in one Drawn, a known test function
    among their arguments filled in (it travels by name, as the relations resolve it in grading)."""
    try:
        return Drawn([resolved(case) for case in public_draws(function.checks, exercise, function.name)])
    except Exception:  # a generator needing more than a seed: no public examples, as in grading
        return Drawn([])


def _with_draws(check: Check, drawn: Drawn) -> Check | None:
    """`check` holding all the function's public draws in its input field, or None when it has no such field."""
    field = next((f.name for f in dataclasses.fields(check) if f.name in _DRAW_FIELDS), None)
    return None if field is None else dataclasses.replace(check, **{field: drawn})


def _mistakes(mistakes, cases: list[Case]) -> list:
    """[id, title, hint, RecordedVariant] of each mistake: its results on the public cases of the function
    it is a variant of (its calls' arguments and its public examples)."""
    return [[m.id, m.title, m.hint, _recorded(m.variant, cases, signature=False)] for m in mistakes]


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
    encoder, portable = Encoder(), Portable()
    drawn = {(e, f.name): _draws(e, f) for e in exercises for f in specs[e].functions}
    entries, modules, own = _replayed(job.planned, drawn, encoder, portable)
    cases = {key: _distinct(mine) + drawn[key].cases for key, mine in own.items()}  # per replayed function
    points = {(p.exercise.name, p.function.name): _formula_cases(p) for p in job.planned
              if isinstance(p.check, SymbolicCheck)}
    mistakes = {f"{e}.{f.name}": encoder.encode(_mistakes(f.mistakes, cases.get((e, f.name), [])
                                                          + points.get((e, f.name), [])))
                for e in exercises for f in specs[e].functions if f.mistakes}
    references = {}
    for e in exercises:
        # every function of the exercise on every public input of any of them, as given and with the defaults
        # of the function they are inputs of filled in: what explanations run (the reference on the evidence
        # and on public examples, another function of the exercise in its place)
        inputs = [c for f in specs[e].functions for own in [cases.get((e, f.name), [])]
                  for c in own + [_bound(f.reference, case) for case in own]]
        references.update({f"{e}.{f.name}": encoder.encode(_recorded(f.reference, inputs))
                           for f in specs[e].functions if (e, f.name) in cases})
    # what a docstring says about a function's arguments, which the pipeline's judge_arguments reads
    declared = {f"{e}.{f.name}": [list(f.updates), f.fresh] for e in exercises for f in specs[e].functions
                if f.updates or f.fresh}
    document = {"format": FORMAT, "grader_version": GRADER_VERSION, "student": PUBLIC_STUDENT,
                "exercises": exercises, "checks": entries, "mistakes": mistakes, "references": references,
                "arguments": declared}
    return Recording(json.dumps(document).encode("utf-8"), save_arrays(encoder.arrays), modules, portable.modules())


def _replayed(planned: list, drawn: dict, encoder: Encoder, portable: Portable) -> tuple[list, set, dict]:
    """(an entry per check: the replayable ones with their check and plan as data, the others with why;
    the grader modules of the replayed kinds; the cases of each replayed function under grading)."""
    entries, modules, own = [], set(), {}
    carriers = {key for key, d in drawn.items() if d.cases}  # functions whose public draws no check carries yet
    for p in planned:
        key = (p.exercise.name, p.function.name)
        entry = {"exercise": key[0], "function": key[1], "check": p.check.name, "kind": p.check.kind,
                 "points": p.check.points}
        adapter = _adapter(p.check)
        try:
            if adapter is not None:
                replayed = adapter(p.check, p.plan, portable, p.ctx)
                if key in carriers and (carrying := _with_draws(replayed, drawn[key])) is not None:
                    replayed = carrying  # the first check with an input field carries them all: public_draws reads it once
                    carriers.discard(key)
                Encoder().encode((replayed, p.plan))  # on its own first: a failed encoding leaves nothing behind
                entry["replay"] = {"check": encoder.encode(replayed), "plan": encoder.encode(p.plan)}
                modules.add(type(replayed).__module__)
                own.setdefault(key, []).extend(_own_cases(p))
        except NotPortable as why:
            entry["why"] = str(why)
        except TypeError as why:  # a new kind of argument or memo the codec does not know: left to grading
            entry["why"] = f"not plain data: {why}"
        entries.append(entry)
    return entries, modules, own
