"""Grade one submission: a pipeline of small steps over one shared GradingJob.

    identify -> plan -> run (one sandbox job) -> judge -> diagnose -> require values -> judge arguments -> report

Each step is a function `step(job, grader)`, in the style of nbgrader's
preprocessors: it reads what earlier steps left in the job and adds its own
part. The trusted process never imports student code: everything the
student wrote runs through `sandbox.run`. Bulk grading and `mlptutor check`
both call `Grader.grade`.
"""

from __future__ import annotations

import gc
import threading
import time
from dataclasses import dataclass, field
from typing import Callable, Collection, Mapping

import numpy as np

from mlptutor.grader.checks.base import NOT_IMPLEMENTED, PUBLIC_STUDENT, Check, Context, Evidence, Plan, Verdict
from mlptutor.grader.checks.cases import Case, public_only
from mlptutor.grader.checks.hygiene import KEPT, again_problem, argument_problem
from mlptutor.grader.checks.trivial import does_nothing
from mlptutor.grader.load_notes import also
from mlptutor.grader.mistakes import Mistake
from mlptutor.grader.model import (CELLS, KIND_WORDS, MISSING_FUNCTION, NOT_LOADED, CheckResult, SubmissionReport,
                                   missing_file)
from mlptutor.grader.pricing import reference_price
from mlptutor.grader.relations.defaults import default_mistakes
from mlptutor.grader.relations.naming import RELATION, add_examples, by_function, explain_rows
from mlptutor.grader import callees
from mlptutor.grader.relations.stated import stated
from mlptutor.grader.sandbox import Call, JobResult, Sandbox
from mlptutor.grader.spec import ExerciseSpec, FunctionSpec
from mlptutor.grader.specs import load_specs
from mlptutor.grader.versioning import GRADER_VERSION, content_hash

__all__ = ["Grader", "GradingJob", "GRADER_VERSION", "content_hash", "STEPS"]

GC_YOUNG = 50_000  # allocations between collections of the youngest generation (Python's default: 700)


@dataclass
class Planned:
    """One check of one function, planned for this student, later judged."""

    exercise: ExerciseSpec
    function: FunctionSpec
    check: Check
    ctx: Context
    plan: Plan
    verdict: Verdict | None = None
    mistake: Mistake | None = None
    inherited: bool = False  # the mistake is the values' (require_values), not what this row itself shows


@dataclass
class GradingJob:
    """One submission on its way through the steps; each step fills in its part."""

    student: str
    sources: dict[str, str | bytes]
    only: Collection[str] | None = None
    score_missing: bool = False  # an exercise of `only` without a file is a 0-point row worth its points
    inputs: str = ""  # whose hidden inputs the checks draw (Context.rng): the student's unless given
    exercises: list[ExerciseSpec] = field(default_factory=list)
    missing: list[ExerciseSpec] = field(default_factory=list)  # exercises of `only` without a file
    functions: list[tuple[ExerciseSpec, FunctionSpec, Context]] = field(default_factory=list)  # those graded
    problems: list[str] = field(default_factory=list)
    planned: list[Planned] = field(default_factory=list)
    result: JobResult | None = None
    report: SubmissionReport | None = None


def identify(job: GradingJob, grader: Grader) -> None:
    """Pick the exercises to grade; unknown file names become problems (they stay importable). The checks of
    each one picked start at once what their judging needs besides the submission's job (`Check.start`):
    in `mlptutor check`, the formulas are then judged while the other specs load and the submission is
    planned and run."""
    names = job.sources if job.only is None else job.only
    for name in names:
        spec = grader.specs.get(name)
        if spec is None:
            job.problems.append(f"{name}.py: not an exercise of this course (exercises: {', '.join(grader.specs)})")
        elif name not in job.sources:
            job.problems.append(f"{name}.py: no such file in the submission")
            job.missing.append(spec)
        else:
            job.exercises.append(spec)
            kinds: dict[type[Check], list[tuple[Check, Context]]] = {}
            for fn in spec.functions:
                ctx = Context(job.inputs or job.student, spec.name, fn.name, fn.reference, sandbox=grader.sandbox,
                              constants=grader.constants)
                job.functions.append((spec, fn, ctx))
                for check in fn.checks:
                    kinds.setdefault(type(check), []).append((check, ctx))
            for kind, checks in kinds.items():
                kind.start(checks, job.sources)


def plan(job: GradingJob, grader: Grader) -> None:
    """Every check of every function plans its calls for this student."""
    for spec, fn, ctx in job.functions:
        for check in fn.checks:
            job.planned.append(Planned(spec, fn, check, ctx, check.plan(ctx)))


def _modules(job: GradingJob) -> dict[str, str | bytes]:
    """The student's files plus the trusted helper modules the planned checks ship into the child."""
    modules = dict(job.sources)
    for p in job.planned:
        modules.update(p.check.helper_modules())
    return modules


def run(job: GradingJob, grader: Grader) -> None:
    """All calls of the submission in one sandbox job; a call several checks plan (shared Inputs) runs once."""
    calls = planned_calls(job.planned)
    modules = _modules(job)
    job.result = (grader.sandbox.run(modules, calls, price=grader.price) if calls
                  else JobResult(isolation=grader.sandbox.level))
    by_function: dict[tuple, list[Call]] = {}
    for call in calls:
        by_function.setdefault((call.module, call.function), []).append(call)
    for p in job.planned:
        p.ctx.calls[:] = by_function.get((p.ctx.module, p.ctx.function), ())


def planned_calls(planned: list[Planned]) -> list[Call]:
    """Every planned Call object once, in plan order: checks sharing `Inputs` plan the very same objects."""
    return list({id(call): call for p in planned for call in p.plan.calls}.values())


_WHOLE = ("not_implemented", "module_error", "missing_function")


def not_loaded(module: str) -> Mistake:
    """The id of a row whose file raised while being imported: the file's load row gives the error."""
    return Mistake(NOT_LOADED, f"{module}.py not loaded",
                   f"{module}.py raised while being imported, so none of its functions ran: its load row names the "
                   f"error and its line; run the file yourself and fix that line.", None)


# load errors a student's own run does not show (the sandbox imports each exercise file as a top-level module), and
# what to write instead: `from . import utils` shipped utils.py and still failed, with no word on why (review F)
_LOADING = {"attempted relative import with no known parent package":
            "exercise files run as top-level modules, not as a package: write `import utils`, not "
            "`from . import utils`"}


def _load_advice(error: str) -> str:
    """'; ' and the advice for a load error that `_LOADING` knows, else ''."""
    return "".join(f"; {advice}" for text, advice in _LOADING.items() if text in error)


CELL_RAISED = Mistake(
    "relation:cell-raised", "a notebook cell raised",
    "the other cells ran (as nbgrader runs them), but what that cell would have defined after its error is missing: "
    "fix the cell, or delete it if it only tried something out", None)


def missing_function(module: str, function: str) -> Mistake:
    return Mistake(MISSING_FUNCTION, f"{function}() missing from {module}.py",
                   f"{module}.py has no function {function}(): keep the name and the signature the stub gives.", None)


def _whole_function_status(p: Planned, outcomes) -> tuple[str, Mistake | None] | None:
    """(one message, its mistake id) when every call of the graded function ended the same way for a reason
    unrelated to its values: an untouched stub (no id: nothing was tried), a missing function, a file that
    does not load. Else None.

    Calls taking a Ref are left out: they fail first when the forward they depend on failed."""
    own = [(c, outcomes.get(c.id)) for c in p.plan.calls if (c.module, c.function) == (p.ctx.module, p.ctx.function)]
    if not any(o is not None and o.status in _WHOLE for _, o in own):
        return None
    plain = [o for c, o in own if not c.refs()]
    statuses = {o.status if o is not None else None for o in plain}
    if len(statuses) != 1 or (status := statuses.pop()) not in _WHOLE:
        return None
    if status == "not_implemented":
        return NOT_IMPLEMENTED, None
    if status == "module_error":
        return f"not run: {p.ctx.module}.py could not be loaded", not_loaded(p.ctx.module)
    return (plain[0].error or f"{p.ctx.function}() is missing from {p.ctx.module}.py",
            missing_function(p.ctx.module, p.ctx.function))


def judge(job: GradingJob, grader: Grader) -> None:
    """Outcomes -> Verdicts, in the trusted process; a stub, a missing function or a broken file just says so.

    Each check kind first prepares all of its checks at once (`Check.prepare`), then each check judges.
    A kind whose preparing waits on a sandbox of its own (`Check.prepares_elsewhere`: the formulas, in
    SymPy's companion) prepares in a thread while the others prepare and judge; its checks judge last."""
    outcomes = job.result.outcomes
    whole = any(o.status in _WHOLE for o in outcomes.values())  # else no function failed as a whole
    ran = []
    for p in job.planned:
        if whole and (status := _whole_function_status(p, outcomes)):
            p.verdict, p.mistake = Verdict(0.0, status[0]), status[1]
        else:
            ran.append(p)
    elsewhere = [p for p in ran if p.check.prepares_elsewhere]
    here = [p for p in ran if not p.check.prepares_elsewhere]
    waiting = threading.Thread(target=_prepare, args=(elsewhere, outcomes), name="mlptutor-prepare", daemon=True)
    if elsewhere:
        waiting.start()
    _prepare(here, outcomes)
    _judge(here, outcomes)
    if elsewhere:
        waiting.join()
    _judge(elsewhere, outcomes)


def _judge(planned: list[Planned], outcomes) -> None:
    for p in planned:
        try:
            p.verdict = p.check.judge(p.ctx, p.plan, outcomes)
        except Exception as exc:  # a value shaped to trip the judge is a wrong answer, not a crash
            p.verdict = Verdict(0.0, f"the result could not be judged ({type(exc).__name__}: {exc})")


def _prepare(planned: list[Planned], outcomes) -> None:
    kinds: dict[type[Check], list[Planned]] = {}
    for p in planned:
        kinds.setdefault(type(p.check), []).append(p)
    for kind, group in kinds.items():
        try:
            kind.prepare([(p.check, p.ctx, p.plan) for p in group], outcomes)
        except Exception:  # only a speed-up: each check's judge then does its own work and reports the failure
            continue


def name_mistakes(job: GradingJob, grader: Grader) -> None:
    """Explain every failing check: the known mistake its evidence singles out, else the relation between
    the student's values and the right ones ("relation:<kind>"); then a counterexample per explained
    function on a public input (those not run yet run in one more sandbox job)."""
    # what the relation finder left unexplored for cost is said where the checker could not say it too: the
    # checker, holding no reference to rerun, tries no such candidate, and the public student's rows are its rows
    # NumPy's floating-point warnings off: naming's arithmetic meets whatever the student returned (1e308 in every
    # entry made some 250 RuntimeWarnings, with the grader's own source lines, on the terminal)
    public = job.student == PUBLIC_STUDENT  # the checker of a release reruns no reference: no default replayed

    def defaults(key: tuple, rows: list) -> tuple:
        source = job.sources.get(key[0])
        return () if public or source is None else default_mistakes(source, key[1], rows[0].function.reference)

    with np.errstate(all="ignore"):
        explained = explain_rows(job.planned, job.result.outcomes, unexplored=not public, more_mistakes=defaults)
        if not explained:
            return
        modules = _modules(job)
        # a second child: the modules the examples call are imported, the others only if those import them
        # (a job of two examples, mlp and softmax: its child 6.9 ms of CPU instead of 10.5)
        add_examples(explained, job.planned, job.result.outcomes,
                     lambda calls: grader.sandbox.run(modules, calls, imports={c.module for c in calls}).outcomes)


# checks of properties a wrong answer can have too, and of edge cases whose right answer may be a trivial one
PROPERTY_KINDS = ("shape", "hygiene", "edge")
DOES_NOTHING = Mistake(
    "relation:same-for-every-input", "a result that does not depend on the inputs",
    "nothing of the inputs reaches the result: a stub's placeholder left in, a condition that never holds (a key "
    "or a name spelled otherwise) or always does (output >= 0 of a relu's output), a loop over nothing or a value "
    "overwritten; follow one input through the code.",
    lambda *args: None)


def name_callees(job: GradingJob, grader: Grader) -> None:
    """A caller's rows that a wrong callee, or a slip of a right callee's inline copy, explains say so
    (grader/callees.py), before require_values passes the value rows' names on."""
    public = job.student == PUBLIC_STUDENT
    with np.errstate(all="ignore"):
        callees.name_callees(job.planned, public=public)
        callees.name_helper_slips(job.planned, public=public)


def require_values(job: GradingJob, grader: Grader) -> None:
    """Points mean correctness. A function's shape, hygiene and edge-case points count in the share of its value
    checks' inputs that it gets right (none when it gets none right); a function that returns the same
    thing for every input (a constant, NaN, its argument unchanged) scores 0 on every check, saying so.
    A function without a value check is judged on its values by its other checks (behaviour, gradient,
    statistical): their share counts instead."""
    functions = by_function(job.planned)
    for planned in functions.values():
        public_only(planned)  # first: the share below counts what is left
        exact = [p for p in planned if p.check.kind == "value"]
        values = exact or [p for p in planned if p.check.kind not in PROPERTY_KINDS]
        if not values or any(p.verdict.message == NOT_IMPLEMENTED for p in values):
            continue
        share = sum(p.verdict.score * p.check.points for p in values) / sum(p.check.points for p in values)
        if share >= 1.0:
            continue
        # a body returning the same thing, judged on what the value checks (else the behaviour checks) saw
        judged = exact or [p for p in planned if p.check.kind == "behaviour"]
        evidence = [e for p in judged for e in p.verdict.evidence]
        # the points never depend on the explanations, which the submission's allowance may cut (grader/effort.py)
        if judged and not _constant_by_design(judged) and (nothing := does_nothing(
                evidence, sum(len(p.plan.calls) for p in judged), planned[0].ctx.reference)):
            # a catalogued mistake that body is (identity'(z) returned as z) says more than "does nothing"; the same
            # value for every call may be the first call's, kept (a memo keyed by id()): the inputs did reach it
            # once, which "nothing of the inputs reaches the result" would deny
            kept = next((p.mistake for p in planned if _catalogued(p.mistake)), None) or next(
                (p.mistake for p in planned if p.mistake and p.mistake.id == "relation:stale"), DOES_NOTHING)
            for p in planned:
                p.verdict, p.mistake = Verdict(0.0, f"{nothing}: no points on any check", ()), kept
            continue
        named = next((p.mistake for p in values if p.mistake), None)  # what explains the values explains the rest
        for p in planned:
            if p.check.kind in PROPERTY_KINDS and p.verdict.score > 0:  # nothing to take from a row at 0
                p.verdict = _scaled(p, share)
                if p.mistake is None:
                    p.mistake, p.inherited = named, named is not None


def _constant_by_design(judged: list[Planned]) -> bool:
    """Whether the reference itself returns the same thing for every input the checks used (identity,
    a step's derivative, a zeros initialiser): then a body that computes nothing may be the right one."""
    evidence = []
    for p in judged:
        memo = p.plan.memo
        if not (isinstance(memo, tuple) and len(memo) == 2 and isinstance(memo[0], list)
                and len(memo[0]) == len(memo[1]) and all(isinstance(c, Case) for c in memo[0])):
            return False
        evidence += [Evidence(c.args, c.kwargs, e) for c, e in zip(*memo)]
    return does_nothing(evidence, len(evidence), None) is not None


def _scaled(p: Planned, share: float) -> Verdict:
    verdict, points = p.verdict, p.check.points
    if share <= 0.0:
        why = f"0 of {points:g}: {KIND_WORDS[p.check.kind]} points need correct values (no call's result is right)"
    else:
        why = (f"{round(points * verdict.score * share, 2):g} of {points:g}: {KIND_WORDS[p.check.kind]} points count in the "
               f"share of the values that are right ({share:.0%})")
    return Verdict(verdict.score * share, f"{why}; {verdict.message}", verdict.evidence)


ARGUMENT_COST = 0.5  # the share of its points a call loses by changing its caller's arguments
KEPT_STATE = ("relation:stale", "relation:cached-by-object")  # relations naming a result kept between calls


def judge_arguments(job: GradingJob, grader: Grader) -> None:
    """Every call of every graded function, whichever check made it, must leave each argument as it was sent
    (the child compares them as soon as the call returns) and, where the docstring promises a new result
    (`FunctionSpec.fresh`), hand no argument's very object back; only the arguments the docstring says the
    function updates in place (`FunctionSpec.updates`) may change. Nothing is declared per check. Nor may a
    result be, or hold, the very array, list or dict an earlier call of the function returned, other than as an
    argument of its own (`Outcome.again`): handed out again, it changes under the earlier caller.

    A call that does any of these is not right, whatever it returned: each row of the function keeps
    1 - ARGUMENT_COST * (its calls that did) / (its calls) of its score. Its calls are those its check made of
    the function (`Check.function_calls`), plus those another function's check made (a backward's note on its
    forward), which count with every row. The row's message names the argument (of the first such call), a row
    at 0 too, and, when nothing but the values' mistake explains the row yet, so does its mistake id
    (relation:mutates-argument, relation:returns-argument, relation:returned-again)."""
    outcomes = job.result.outcomes
    # with no argument changed and no result handed out again (most submissions), only a function promising a new
    # result can have a row to charge (a handed-back argument): the others' calls are not looked at (the step 0.81 ->
    # 0.18 ms of CPU a submission of the first twelve exercises, in-process, medians of 20 alternating runs over 40
    # submissions)
    changed = any(o.changed for o in outcomes.values())
    number = _numbered(job.planned) if any(o.again for o in outcomes.values()) else None
    functions = by_function(job.planned)
    for planned in functions.values():
        fn, ctx = planned[0].function, planned[0].ctx
        if not changed and not fn.fresh and number is None:
            continue
        rows = [(p, p.check.function_calls(p.ctx, p.plan)) for p in planned]
        own = {id(call) for _, calls in rows for call, _ in calls}
        elsewhere = [(call, 0) for call in ctx.calls if id(call) not in own]
        for p, calls in rows:
            calls = calls + elsewhere
            found = [problem for call, offset in calls
                     if (problem := argument_problem(outcomes.get(call.id), fn.reference, offset, fn.updates, fn.fresh,
                                                   call) or (number and again_problem(outcomes.get(call.id), call,
                                                                                      number, outcomes)))]
            if found:
                p.verdict = _argument_cost(p.verdict, found[0], len(found), len(calls))
                # what the row's own calls show; a result served again with an earlier call's values, on a value row
                # that failed, is what makes it fail (a memo's old result read as another value's slip), unless a
                # relation of kept state already says so (stale's "returned for an earlier call")
                if p.mistake is None or p.inherited or (KEPT in found[0] and not p.verdict.passed and p.check.kind
                                                        == "value" and p.mistake.id not in KEPT_STATE):
                    p.mistake, p.inherited = stated(found[0]), False


def _numbered(planned: list[Planned]) -> dict[str, int]:
    """call id -> its place among the job's calls of its function, from 1 (what a row's message counts by)."""
    number, counts = {}, {}
    for call in planned_calls(planned):
        key = (call.module, call.function)
        number[call.id] = counts[key] = counts.get(key, 0) + 1
    return number


def _argument_cost(verdict: Verdict, problem: str, bad: int, calls: int) -> Verdict:
    """The verdict with the share of `bad` calls of `calls` taken; the line comes first in a row that passed."""
    why = f"{problem}, on {bad} of {calls} calls (such a call earns {1 - ARGUMENT_COST:.0%} of its points)"
    message = f"{why}; {verdict.message}" if verdict.passed else f"{verdict.message}; {why}"
    return Verdict(verdict.score * (1 - ARGUMENT_COST * bad / calls), message, verdict.evidence)


def _catalogued(mistake: Mistake | None) -> bool:
    """A catalogue mistake, whose title the message names; a relation's hint already says what it is."""
    return mistake is not None and not mistake.id.startswith(RELATION)


def report(job: GradingJob, grader: Grader) -> None:
    """CheckResult rows (load problems first, missing files last), totals come from SubmissionReport."""
    graded = {s.name: s for s in job.exercises}
    rows = [
        CheckResult(exercise=name, function="(file)", check="load", kind="load", points=0.0, max_points=0.0,
                    passed=False, message=f"{name}.py could not be loaded: {error}{_load_advice(error)}" + also(
                        name, job.sources[name], [f.name for f in graded[name].functions], job.sources, error),
                    mistake=(m := not_loaded(name)).id,
                    hint=m.hint)
        for name, error in job.result.module_errors.items() if name in graded
    ] + [
        CheckResult(exercise=name, function="(file)", check=CELLS, kind="load", points=0.0, max_points=0.0,
                    passed=False, message=f"{name}: {note}; {CELL_RAISED.hint}", mistake=CELL_RAISED.id,
                    hint=CELL_RAISED.hint)
        for name, note in job.result.module_notes.items() if name in graded
    ]
    for p in job.planned:
        rows.append(CheckResult(
            exercise=p.exercise.name, function=p.function.name, check=p.check.name, kind=p.check.kind,
            points=round(p.check.points * min(1.0, max(0.0, p.verdict.score)), 6), max_points=p.check.points,
            passed=p.verdict.passed,
            message=p.verdict.message + (f"; this is what {p.mistake.title} gives" if _catalogued(p.mistake) else ""),
            mistake=p.mistake.id if p.mistake else None,
            hint=p.mistake.hint if p.mistake else None,
        ))
    if job.score_missing:
        rows += [missing_file(spec.name, spec.max_points) for spec in job.missing]
    job.report = SubmissionReport(
        student=job.student, checks=rows, content_hash=content_hash(job.sources),
        grader_version=GRADER_VERSION, isolation=job.result.isolation, problems=job.problems,
        output=job.result.output,
    )


STEPS: tuple[Callable[[GradingJob, "Grader"], None], ...] = (identify, plan, run, judge, name_mistakes,
                                                              name_callees, require_values, judge_arguments, report)


class Grader:
    """Grades submissions with one open Sandbox and the discovered specs (or the given ones: with
    `grader.specs.Specs()` each is imported when first graded)."""

    def __init__(self, sandbox: Sandbox, specs: Mapping[str, ExerciseSpec] | None = None, steps=STEPS):
        self.sandbox = sandbox
        self.specs = load_specs() if specs is None else specs
        self.price = reference_price(self.specs)  # a slow call's time limit (grader/pricing.py)
        self.constants: dict = {}  # what checks plan alike for every student (Context.constant)
        self.steps = steps
        # what is loaded by now (specs, NumPy, SymPy) lives as long as the process: out of the collector's sight,
        # its full collections stop walking it every few submissions (7 ms of CPU a submission: benchmarks/README.md)
        gc.freeze()
        # a submission allocates some 100,000 containers, nearly all freed by reference counting within the step
        # that made them: collecting every 700 traced most of them anyway (2.8 ms of CPU a submission of the first
        # twelve exercises, gc.callbacks; 0.6 ms at 50,000, as the sandbox's zygote does: benchmarks/README.md)
        gc.set_threshold(GC_YOUNG, *gc.get_threshold()[1:])

    def grade(self, sources: dict[str, str | bytes], student: str = "local",
              only: Collection[str] | None = None, score_missing: bool = False, inputs: str = "") -> SubmissionReport:
        """Grade `sources` (exercise name -> file text). `only` limits grading to some of them;
        the others are still importable by the graded files (e.g. activations imports softmax).
        An exercise of `only` without a file is a problem line, and with `score_missing` also a row at
        0 of its full points (bulk grading: every report of the assignment has the same maximum).
        `inputs` names whose hidden inputs are drawn when that is not simply `student` (Gradescope's)."""
        start = time.perf_counter()
        job = GradingJob(student, dict(sources), only, score_missing, inputs=inputs)
        for step in self.steps:
            step(job, self)
        job.report.seconds = time.perf_counter() - start
        return job.report
