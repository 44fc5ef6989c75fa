"""The protocol every check kind follows: plan sandbox calls, then judge their outcomes.

A check is a small, immutable, student-independent object living in a spec
(e.g. `ValueCheck("value", 2.0, fixed=..., hidden=...)`). Grading one function
of one student runs in two phases, with the sandbox in between:

    type(check).start(checks, sources)      # optional: start what judging needs (before every check plans)
    plan = check.plan(ctx)                  # trusted: builds Calls (+ memo, e.g. expected values)
    ... the pipeline runs every plan's calls in one sandbox job ...
    type(check).prepare(checks, outcomes)   # optional: trusted work for all checks of this kind at once
    verdict = check.judge(ctx, plan, outcomes)   # trusted: Outcomes -> Verdict

`plan` must name its calls with `ctx.call_id(self.name, tag)` so that ids
are unique within the job (calls on shared `Inputs` are named by the Inputs
and planned once for every check naming them: `cases.hidden_batch`), and
draw hidden inputs from `ctx.rng(self.name)` (seeded by student, exercise,
function and check), never from global state.
`judge` receives the outcomes of the whole job (a call never answered is
absent or "skipped") and returns a `Verdict`: a score fraction in [0, 1], a
message that never reveals hidden expected values, and `Evidence` (the
plain inputs and the student's value of each call) that the mistake
catalogue replays through wrong variants to name the mistake.

The pipeline turns a Verdict into a `grader.model.CheckResult` row with
points = score * check.points. When every call of the graded function
ended as an untouched stub, a missing function or an unloadable file, the
pipeline says so itself and `judge` is not called.
"""

from __future__ import annotations

import re
from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from typing import Any, Callable, ClassVar, Mapping, Sequence

import numpy as np

from mlptutor.grader.sandbox import Call, Outcome
from mlptutor import seeding


# the student whose hidden inputs are the public ones (a NUL never occurs in a folder name or a roster id): a
# release records its plan (grader/release/record.py) and the student's checker grades as it
PUBLIC_STUDENT = "\x00public"


@dataclass(frozen=True)
class Context:
    """Who and what is being graded: one function of one exercise of one student.

    `module` is the student's module name inside the sandbox (the exercise
    name); `reference` is the trusted reference function with the same
    signature, used to compute expected values. `sandbox` is the grader's
    Sandbox (None outside a grader): a check that judges in a job of its own
    (symbolic: formulas, in the companion with SymPy) runs that job there.
    """

    student: str
    exercise: str
    function: str
    reference: Callable[..., Any]
    module: str = ""
    memo: dict = field(default_factory=dict, compare=False, repr=False)
    # every call of this function in the submission's job, whichever check planned it (filled by the pipeline
    # before judging): what the pipeline's judge_arguments reads for the calls other functions' checks made
    calls: list = field(default_factory=list, compare=False, repr=False)
    sandbox: Any = field(default=None, compare=False, repr=False)
    # what checks plan alike for every student (fixed cases: their calls and the reference's results), kept
    # by the grader across its submissions (see `constant`); a bare Context keeps it for itself
    constants: dict = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self):
        if not self.module:
            object.__setattr__(self, "module", self.exercise)

    def rng(self, check: str) -> np.random.Generator:
        """Hidden-input generator, deterministic per (student, exercise, function, check); asking again
        for the same check gives the same generator, whose stream goes on."""
        return self.shared(("rng", check),
                           lambda: seeding.hashed_rng("hidden", self.student, self.exercise, self.function, check))

    def public_rng(self, check: str) -> np.random.Generator:
        """A fresh generator `rng(check)` would start as for the public student (whose draws the release holds)."""
        return seeding.hashed_rng("hidden", PUBLIC_STUDENT, self.exercise, self.function, check)

    def shared(self, key: tuple, make: Callable[[], Any]) -> Any:
        """make(), once per `key` for this function of this student: what several checks share
        (drawn `Inputs`, the reference's results on them)."""
        if key not in self.memo:
            self.memo[key] = make()
        return self.memo[key]

    def constant(self, key: tuple, make: Callable[[], Any]) -> Any:
        """make(), once per `key` for this function of every student the grader grades: what depends on the
        spec alone (a fixed case's call and the reference's result on it; not the student, not `rng`).
        Its arrays are made read-only, since every student's judging shares them."""
        key = (self.exercise, self.function, self.module, *key)
        if key not in self.constants:
            self.constants[key] = _frozen(make())
        return self.constants[key]

    def call_id(self, check: str, tag: object = 0) -> str:
        """Job-unique id of one call planned by `check`."""
        return f"{self.exercise}:{self.function}:{check}:{tag}"

    def call(self, check: str, tag: object, args: tuple = (), kwargs: dict | None = None,
             function: str | None = None, module: str | None = None, **options) -> Call:
        """A Call of the student's function under grading, or of another `function` (of another
        student `module`), e.g. the forward of a backward; options: pick."""
        return Call(self.call_id(check, tag), module or self.module, function or self.function, tuple(args),
                    dict(kwargs or {}), **options)


def _frozen(value: Any) -> Any:
    """`value`, its arrays (at any depth of tuples, lists, dicts) made read-only."""
    if type(value) is np.ndarray:
        value.flags.writeable = False
    elif isinstance(value, (tuple, list)):
        for item in value:
            _frozen(item)
    elif isinstance(value, dict):
        for item in value.values():
            _frozen(item)
    return value


@dataclass(frozen=True)
class Plan:
    """The calls a check wants run, plus anything it keeps for judging (`memo`)."""

    calls: list[Call]
    memo: Any = None


@dataclass(frozen=True)
class Evidence:
    """One call's plain inputs and what the student returned (after `pick`).

    Only calls whose arguments are plain data (no Ref) make evidence: a
    mistake variant must be able to replay them in the trusted process.
    """

    args: tuple
    kwargs: dict
    value: Any
    pick: tuple | None = None


@dataclass(frozen=True)
class Verdict:
    """A judged check: score fraction in [0, 1], a one-paragraph message, evidence for diagnosis."""

    score: float
    message: str = ""
    evidence: tuple[Evidence, ...] = field(default_factory=tuple)
    inputs: str = ""  # what its score rests on, for checks of cases (checks/cases.py judged_inputs): "" not said

    @property
    def passed(self) -> bool:
        return self.score >= 1.0


class Check(ABC):
    """Base of every check kind. Subclasses set `kind` and implement plan and judge.

    `name` is unique within one function's checks (it names the row in the
    feedback and seeds the hidden inputs); `points` is the check's weight.
    """

    kind: ClassVar[str] = ""
    # whether `prepare` mostly waits on a sandbox of its own (symbolic: SymPy's companion, booting): the pipeline
    # then runs it in a thread while the other kinds prepare and judge
    prepares_elsewhere: ClassVar[bool] = False

    name: str
    points: float

    @abstractmethod
    def plan(self, ctx: Context) -> Plan:
        """The sandbox calls to run for this student (ids from ctx.call_id, randomness from ctx.rng)."""

    @classmethod
    def start(cls, checks: Sequence[tuple[Check, Context]], sources: Mapping[str, str | bytes]) -> None:
        """Before any check of the submission plans, once per exercise for its checks of this kind, with the
        submission's files: start what judging them needs besides the submission's job, so that it runs
        meanwhile (symbolic: judging ahead the formulas the functions return). Only a speed-up. Default: nothing."""

    @abstractmethod
    def judge(self, ctx: Context, plan: Plan, outcomes: Mapping[str, Outcome]) -> Verdict:
        """Score the outcomes of `plan.calls`; the message never shows hidden expected values."""

    @classmethod
    def prepare(cls, checks: Sequence[tuple[Check, Context, Plan]], outcomes: Mapping[str, Outcome]) -> None:
        """Before judging: work for all of a submission's checks of this kind at once, left in their plans' memos.

        `checks` holds every (check, ctx, plan) of this kind in the
        submission whose function ran. A kind whose judging costs a trusted
        job per check (e.g. symbolic: one worker job per formula) does them
        all in one here. Only a speed-up: `judge` must give the same verdict
        without it. Default: nothing.
        """

    def explained_reference(self, ctx: Context) -> Callable[..., Any]:
        """The function this check's Evidence values are the student's version of (the catalogue's variants and
        the relation finder are compared with it): the reference, unless the evidence is of something else (a
        formula's values)."""
        return ctx.reference

    def states_relation(self, verdict: Verdict) -> bool:
        """Whether the verdict's message already says how the values relate to the right ones (a relation the
        check proved itself: a formula's, by SymPy), so the relation finder leaves the row to its message
        (relations/stated.py); the catalogue still names it first from its evidence. Default: never."""
        return False

    def helper_modules(self) -> dict[str, str]:
        """Trusted helper modules (name -> source) this check's calls need inside the child."""
        return {}

    def function_calls(self, ctx: Context, plan: Plan) -> list[tuple[Call, int]]:
        """The calls of `plan` that call the function under grading, each with the position of its first
        argument among the call's own (0; a call through a helper module has the helper's arguments first).
        The pipeline judges their arguments (`grader.pipeline.judge_arguments`)."""
        return [(c, 0) for c in plan.calls if c.module == ctx.module and c.function == ctx.function]


NOT_IMPLEMENTED = "not implemented yet"
# the sandbox's error of a result with no part to pick, nothing raised (sandbox/child.py not_a_tuple): said as it is
NOT_A_TUPLE = re.compile(r"(?P<function>\w+)\(\) returns (?P<got>one \w+|None) where its docstring asks for "
                         r"(?P<want>a \w+(?: \([^)]*\))?)")

# Outcome statuses -> what the student is told; the error line is appended when there is one.
_STATUS_MESSAGES = {
    "not_implemented": NOT_IMPLEMENTED,
    "timeout": "took too long (time limit reached)",
    "crashed": "crashed the worker process",
    "missing_function": "function not found in the file",
    "module_error": "the file could not be loaded",
    "skipped": "not run (an earlier call of this submission used up the time budget)",
    "error": "raised an error",
}


def outcome_problem(outcome: Outcome | None) -> str | None:
    """One line saying why a call gave no usable value, or None when it returned normally."""
    if outcome is None:
        return "no result came back"
    if outcome.status == "ok":
        return None
    text = _STATUS_MESSAGES.get(outcome.status, outcome.status)
    if outcome.status == "not_implemented":
        return text
    if outcome.status == "error" and NOT_A_TUPLE.match(outcome.error):
        return outcome.error
    return f"{text}: {outcome.error}" if outcome.error else text
