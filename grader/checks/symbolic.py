"""Symbolic check: is the student's formula (text) the same function as the answer's?

Trusted side of the SymPy-verified derivative checker. Student text never
gets parsed or evaluated here: after a cheap token scan
(`symbolic_worker.precheck`) it is sent, with the answer and the variables'
sampling ranges, to `grader.symbolic_worker` running in a sandbox child
that holds no student code. There each formula gets up to two calls, in two
jobs: `compare` (numeric, decisive), in a child of the grader's own sandbox
(NumPy only), then, only for a formula that agrees with its answer there,
`confirm` (SymPy, optional proof), in the sandbox's companion with SymPy
(`Sandbox.companion(PRELOAD)`, booted on first use). A formula that differs
from the answer at a sample point is wrong whatever SymPy says, so wrong and
refused formulas never wait for SymPy's start (0.36 s of CPU). A formula that
agrees and that SymPy did not rewrite to 0 is evaluated again with 30 digits
at points no release records (`precise`, in a second job of the companion):
SymPy's proof may not come in time, and a polynomial fitted to the answer
agrees in float64. A timeout or crash of one call costs
only that formula. The answer may also be given as
its fingerprint, a tuple of its values at the sample points (what a
student release records instead of the answer's text): then only the
numeric verdict is given (`symbolic_worker.against`), with the same points
and tolerance, and no SymPy is needed.

    judge_formula("exp(z) + z*exp(z)", "(1+z)*exp(z)", {"z": (-4, 4)})   # d/dz of z*exp(z), not an exercise
    -> FormulaVerdict(status="equivalent", message="...", counterexample=None)

`judge_formulas` judges many formulas in at most two sandbox jobs (one fork
each), and `SymbolicCheck` plugs the same judgement into the grading
pipeline, all the symbolic checks of a submission in those two jobs
(`SymbolicCheck.prepare`). In `mlptutor check` the texts are judged ahead
(`SymbolicCheck.start`): the functions are called in a job of their own as
soon as the file is identified, and what they return is judged while the
submission is planned and run; judging then finds the verdicts made. There
SymPy's companion starts before any formula is known to need it (its boot
is the longest part of a first check): at identify unless the disk cache
settles the file, or already before the specs load for a file not seen
before (`sympy_ahead`); the wrong formulas are related ahead as well, and
a companion no formula needed is closed then.
A formula judged wrong is explained by the relation to the answer that
SymPy proves (`formula_relations`: the function itself, d/dp_i where d/dz_i
is asked, a sign slipped inside exp, ...), added to its message; the
companion starts for it only when a relation fits its numbers.

A verdict is a pure function of (student text in the canonical spelling
of `symbolic_worker.canonical`, answer text, variables, seed), so verdicts
are memoised per process in `VERDICTS` (least recently used dropped
first) and only formulas not seen before go to the worker: in a class
most students type the same few formulas, and a submission whose formulas
are all known starts no job. Verdicts whose calls did not finish (a timeout, a crash)
depend on the machine's load and are not kept. With the disk cache enabled (`mlptutor check`:
grader/diskcache.py) the verdicts are also kept from one check to the next, with the text each function
of an unchanged file returned: a check whose formulas are all known then starts no job at all.
"""

from __future__ import annotations

import functools
import inspect
import keyword
import math
import re
import threading
import unicodedata
import weakref
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable, Mapping, Sequence

import numpy as np

from mlptutor.grader import diskcache, symbolic_worker
from mlptutor.grader.checks import base, sympy_ahead
from mlptutor.grader.checks.formula_relations import (PREFIX as RELATION_PREFIX, definition_of, related_message,
                                                      relate_formulas)
from mlptutor.grader.checks.lru import LRU
from mlptutor.grader.checks.sympy_ahead import NO_TEXT, PRELOAD, RETURNED, made_into
from mlptutor.grader.sandbox import Call, Limits, Outcome, Sandbox

STATUSES = ("equivalent", "wrong", "unparseable", "not_allowed", "timeout")
WORKER = "symbolic_worker"  # module name of the worker inside the child
CALL_SECONDS = 3.0
SEED = 0  # the same sample points for every student: the same formula always gets the same verdict
CACHE_SIZE = 4096
EVIDENCE_POINTS = 12  # sample points a wrong formula's relation is sought on
_UNFINISHED = ("timeout", "crashed", "skipped")  # outcomes that depend on the load, not on the formula


@dataclass(frozen=True)
class FormulaVerdict:
    """The judgement of one formula.

    status: "equivalent" | "wrong" | "unparseable" | "not_allowed" | "timeout".
    counterexample (only when wrong at a sampled point):
    {"point": {variable: value}, "student_value": float}; it never holds the
    answer's value.
    """

    status: str
    message: str
    counterexample: dict | None = None
    values: tuple | None = None  # when wrong: the student's values at the sample points (sample_points' order)

    @property
    def equivalent(self) -> bool:
        return self.status == "equivalent"


def judge_formula(
    student_text: str,
    answer_text: str | tuple,
    variables: Mapping[str, tuple[float, float]],
    *,
    sandbox: Sandbox | None = None,
    seed: int = SEED,
) -> FormulaVerdict:
    """Judge one student formula against the answer (text, or its fingerprint: a tuple of its values at the
    sample points); `variables` maps name -> (low, high) sampling range."""
    return judge_formulas([(student_text, answer_text, variables)], sandbox=sandbox, seed=seed)[0]


def judge_formulas(
    items: Sequence[tuple[str, str | tuple, Mapping[str, tuple[float, float]]]],
    *,
    sandbox: Sandbox | None = None,
    seed: int = SEED,
    call_seconds: float = CALL_SECONDS,
) -> list[FormulaVerdict]:
    """Judge many (student_text, answer, variables) triples, in order, in at most two sandbox jobs.

    The answer is its text, or its fingerprint (a tuple of its values at
    `sample_points(variables, seed)`, NaN where undefined): then the
    verdict is the numeric one alone.

    Formulas refused by the token scan or found in `VERDICTS` need no job;
    the rest (each distinct one once) are compared numerically in one job
    run by `sandbox` (the grader's Sandbox: NumPy is all it takes), and
    those that agree with an answer given as text are confirmed in one more
    job, by `sandbox.companion(PRELOAD)` (SymPy, booted on first use: about
    0.4 s of CPU). `sandbox` None: a Sandbox opened for these jobs only
    (callers judging often keep one).
    call_seconds bounds each call: a numeric
    comparison past it is a "timeout"; a SymPy confirmation past it is
    just left out. Verdicts may be shared between callers: treat them as
    read-only.
    Raises ValueError for a bad question (variables, or an answer that does
    not parse or is undefined on the ranges), never for bad student text.
    """
    items = [(student, answer, _checked_variables(variables)) for student, answer, variables in items]
    screened = [_screened(student) for student, _, _ in items]
    verdicts: list[FormulaVerdict | None] = [_spelled(s, variables) if isinstance(s, FormulaVerdict) else None
                                             for s, (_, _, variables) in zip(screened, items)]
    keys = {i: (text, answer, tuple(sorted(variables.items())), seed)
            for i, (text, (_, answer, variables)) in enumerate(zip(screened, items)) if verdicts[i] is None}
    distinct = list(dict.fromkeys(keys.values()))
    known = {key: verdict for key in distinct if (verdict := VERDICTS.get(key)) is not None}
    unknown = [key for key in distinct if key not in known]
    if unknown and sandbox is None:
        with Sandbox() as own:
            known.update(_judged_in_sandbox(unknown, own, call_seconds))
    elif unknown:
        known.update(_judged_in_sandbox(unknown, sandbox, call_seconds))
    for i, key in keys.items():
        verdicts[i] = known[key]
    return verdicts


def _judged_in_sandbox(keys: list[tuple], sandbox: Sandbox, call_seconds: float) -> dict[tuple, FormulaVerdict]:
    """Verdicts of `keys` (see `judge_formulas`): compared in a job of `sandbox`, those that agree with an
    answer's text confirmed in a job of its companion with SymPy; the finished ones also kept in VERDICTS."""
    compared = _outcomes(sandbox, [_compare(i, *key) for i, key in enumerate(keys)], call_seconds)
    agreeing = [i for i, key in enumerate(keys) if isinstance(key[1], str) and _agrees(compared.get(f"compare:{i}"))]
    companion = sandbox.companion(PRELOAD) if agreeing else None
    confirmed = dict(_outcomes(companion, [_confirm(i, compared[f"compare:{i}"].value, *keys[i]) for i in agreeing],
                               call_seconds)) if agreeing else {}
    # what SymPy rewrote to 0 is proven; the rest (unproven, past its time, proven by `.equals`) is evaluated with 30
    # digits in a second job: a first check's 7 right formulas were 25% of its companion's job, on its critical path
    unproven = [i for i in agreeing if not _rewritten(confirmed.get(f"confirm:{i}"))]
    if unproven:
        confirmed.update(_outcomes(companion, [_precise(i, *keys[i]) for i in unproven], call_seconds))
    verdicts = {}
    for i, key in enumerate(keys):
        compare, confirm, precise = (o.get(f"{name}:{i}") for o, name in
                                     ((compared, "compare"), (confirmed, "confirm"), (confirmed, "precise")))
        verdicts[key] = _verdict(compare, confirm, precise)
        asked = ((compare, confirm) if _rewritten(confirm) else (compare, precise, confirm)) if i in agreeing \
            else (compare,)
        if all(o is not None and o.status not in _UNFINISHED for o in asked):
            VERDICTS.put(key, verdicts[key])
    return verdicts


def _outcomes(sandbox: Sandbox, calls: list[Call], call_seconds: float) -> Mapping[str, Outcome]:
    """The outcomes of one job of the worker running `calls`."""
    limits = Limits(call_seconds=call_seconds, job_seconds=10.0 + len(calls) * call_seconds)
    result = sandbox.run({WORKER: _worker_source()}, calls, limits)
    if WORKER in result.module_errors:
        raise RuntimeError(f"the symbolic worker did not load in the sandbox: {result.module_errors[WORKER]}")
    return result.outcomes


def _rewritten(confirmed: Outcome | None) -> bool:
    """Whether SymPy's confirmation is an exact proof (`symbolic_worker.rewrites_to_zero`)."""
    return confirmed is not None and confirmed.status == "ok" and confirmed.value.get("rewritten") is True


def _agrees(compared: Outcome | None) -> bool:
    """Whether the numeric comparison found the formula equal to the answer (then SymPy is asked)."""
    return compared is not None and compared.status == "ok" and compared.value.get("status") == "equivalent"


VERDICTS = LRU(CACHE_SIZE, diskcache.store("formula-verdicts"), valid=lambda verdict: type(verdict) is FormulaVerdict)


def known(student_text: str, answer_text: str | tuple, variables: Mapping[str, tuple[float, float]],
          seed: int = SEED) -> bool:
    """Whether judging this formula needs no job: the token scan refuses it, or its verdict is kept."""
    screened = _screened(student_text)
    return isinstance(screened, FormulaVerdict) or VERDICTS.get(
        (screened, answer_text, tuple(sorted(_checked_variables(variables).items())), seed)) is not None


def _checked_variables(variables: Mapping[str, tuple[float, float]]) -> dict[str, tuple[float, float]]:
    """The variables as plain data, or ValueError naming the bad one (a bug in the question, not the student's).

    A variable may shadow the constants e and pi, not a function name.
    """
    if not variables:
        raise ValueError("a formula needs at least one variable with a (low, high) range")
    checked = {}
    for name, bounds in variables.items():
        usable = isinstance(name, str) and name.isidentifier() and name.isascii() and not keyword.iskeyword(name)
        if not usable or name in symbolic_worker.FUNCTIONS:
            raise ValueError(f"variable name {name!r} is not usable; pick an ASCII identifier that is not a function name")
        try:
            low, high = (float(b) for b in bounds)
        except (TypeError, ValueError):
            raise ValueError(f"variable {name!r} needs a range (low, high), got {bounds!r}") from None
        if not (math.isfinite(low) and math.isfinite(high) and low < high):
            raise ValueError(f"variable {name!r} needs a finite range low < high, got {bounds!r}")
        checked[name] = (low, high)
    return checked


def _screened(student_text: str) -> FormulaVerdict | str:
    """The token scan's refusal, or the text in its canonical spelling: what a verdict depends on (with the
    answer, variables and seed), and all the worker is told. Texts recur across a class: remembered."""
    return _screened_text(student_text) if type(student_text) is str else _refusal(student_text)


@functools.lru_cache(maxsize=4096)
def _screened_text(student_text: str) -> FormulaVerdict | str:
    return _refusal(student_text) or symbolic_worker.canonical(student_text)


# the scan's refusal of a word or a letter, which may be a variable spelled otherwise
_REFUSED_NAME = re.compile(r"(keyword '(?P<word>\w+)'|non-ASCII character '(?P<letter>\w)') is not allowed")


def _spelled(verdict: FormulaVerdict, variables: Mapping) -> FormulaVerdict:
    """The refusal of a keyword or a letter that spells one of the variables otherwise (lambda or λ, Unicode's
    LAMDA, where the docstring writes lam) names that variable: the student meant it."""
    match = _REFUSED_NAME.match(verdict.message)
    if match is None:
        return verdict
    spelled = (match["word"] or unicodedata.name(match["letter"], "").rpartition(" ")[2]).lower()
    meant = [name for name in variables if len(name) > 1 and spelled.startswith(name.lower())]
    if len(meant) != 1:
        return verdict
    written = match["word"] or match["letter"]
    return replace(verdict, message=f"{match[1]} is not allowed; write {meant[0]} for {written}, the name this "
                                    "formula gives it")


def _refusal(student_text) -> FormulaVerdict | None:
    refused = symbolic_worker.precheck(student_text)
    return FormulaVerdict(*refused) if refused else None


def _compare(i: int, student: str, answer: str | tuple, variables: tuple, seed: int) -> Call:
    """The numeric comparison: with the answer's text, or (a fingerprint) its values at the sample points."""
    if not isinstance(answer, str):
        return Call(f"compare:{i}", WORKER, "against", (student, list(answer), dict(variables), seed))
    return Call(f"compare:{i}", WORKER, "compare", (student, answer, dict(variables), seed))


def _precise(i: int, student: str, answer: str, variables: tuple, seed: int) -> Call:
    """The evaluation with 30 digits, at the further points, of a formula whose numeric verdict agrees."""
    variables = dict(variables)
    return Call(f"precise:{i}", WORKER, "precise", (student, answer, variables,
                                                    symbolic_worker.further_points(variables, seed)))


def _confirm(i: int, numeric: dict, student: str, answer: str, variables: tuple, seed: int) -> Call:
    """SymPy's confirmation of a formula whose `numeric` verdict (compare's, at the points of `seed`) agrees."""
    return Call(f"confirm:{i}", WORKER, "confirm", (numeric, student, answer, dict(variables)))


TOO_SMALL = "not equivalent: your formula differs from the answer by a term too small to see at the sampled points"


def _verdict(compared: Outcome | None, confirmed: Outcome | None, precise: Outcome | None = None) -> FormulaVerdict:
    """Combine the numeric verdict with the precise evaluation's (`symbolic_worker.precise`, None when not asked:
    an answer given as its fingerprint) and SymPy's confirmation (which may be missing)."""
    if compared is None or compared.status in _UNFINISHED:
        return FormulaVerdict("timeout", "the formula took too long to evaluate (or exhausted the worker's limits)")
    if compared.status != "ok":
        return FormulaVerdict("unparseable", f"the formula could not be evaluated: {compared.error or compared.status}")
    numeric = compared.value
    if numeric["status"] == "answer_error":
        raise ValueError(numeric["message"])
    if numeric["status"] != "equivalent":
        values = numeric.get("values")
        return FormulaVerdict(numeric["status"], numeric["message"], numeric["counterexample"],
                       tuple(values) if values else None)
    if precise is not None and precise.status != "ok":
        return FormulaVerdict("timeout", "the formula took too long to evaluate precisely (or exhausted the worker's "
                                         "limits)")
    if precise is not None and precise.value.get("agrees") is not True:
        return FormulaVerdict("wrong", TOO_SMALL)
    proof = confirmed.value.get("confirmed") if confirmed is not None and confirmed.status == "ok" else None
    if proof is False:
        return FormulaVerdict("wrong", TOO_SMALL)
    how = "; SymPy confirms it" if proof else ""
    return FormulaVerdict("equivalent", f"equivalent: {numeric['message']}{how}")


@functools.cache
def _worker_source() -> str:
    return Path(symbolic_worker.__file__).read_text(encoding="utf-8")


@dataclass(frozen=True)
class SymbolicCheck(base.Check):
    """The student's function returns a formula as text; it must equal the reference answer.

    `formula` names the entry of the FORMULAS registry of the reference
    function's module (reference.derivatives; its `answer` text and
    `variables` -> (low, high) are used); it defaults to the function under
    grading. In a student release the answer is `fingerprint` instead, its
    values at the sample points, with `variables` as ((name, (low, high)), ...)
    (grader/release/record.py). The student's function is
    called with no arguments in the submission's job; the returned text is
    then judged in separate jobs holding no student code, so a submission
    cannot tamper with its own judge, run by the grader's sandbox (`ctx.sandbox`)
    and its companion with SymPy (`judge_formulas`). `prepare` judges
    the texts of all the symbolic checks of a submission in those jobs and
    leaves each verdict in its plan's memo; `judge` alone judges just its own.
    """

    kind = "symbolic"
    prepares_elsewhere = True  # the other kinds' judging (about 30 ms of CPU, 2026-12-05) overlaps the formulas' jobs

    name: str = "symbolic"
    points: float = 1.0
    formula: str = ""
    fingerprint: tuple = ()
    variables: tuple = ()

    @classmethod
    def start(cls, checks: Sequence[tuple[base.Check, base.Context]], sources: Mapping[str, str | bytes]) -> None:
        """In `mlptutor check` (where the disk cache is enabled: `diskcache.digest`), judge the formulas ahead:
        a thread calls the functions in a job of their own, judges the texts they return and relates the wrong
        ones, and SymPy's companion starts at once in another when an answer is text (unless the check command
        started it before the specs loaded: `sympy_ahead`, claimed here), so that its start (0.36 s of CPU), the
        confirmations and the relations' proofs run while the submission is planned and run instead of after
        its job and the formulas' numeric one. Not when each function of the same file
        returned, at the last check, a text whose verdict is kept or no text. What is judged ahead is a guess
        of what `prepare` will be asked, which judges the texts the submission's job returns (most often found
        judged) once this thread is done."""
        ahead = [(check, ctx) for check, ctx in checks
                 if ctx.sandbox is not None and diskcache.digest(ctx.module) is not None and not check._guessed(ctx)]
        if not ahead:
            return
        sandbox = ahead[0][1].sandbox
        companion: list[Sandbox] = []  # SymPy's, once made ahead
        starting = None
        if any(not check.fingerprint for check, _ in ahead):  # answers as text: SymPy may have to confirm them
            sympy_ahead.claim(sandbox)  # the companion the check command started before the specs, if any, is this
            starting = threading.Thread(target=made_into, args=(sandbox, companion), name="mlptutor-sympy",
                                        daemon=True)
            starting.start()
        thread = threading.Thread(target=_judge_ahead, args=(ahead, dict(sources), starting, companion),
                                  name="mlptutor-formulas", daemon=True)
        _AHEAD.setdefault(sandbox, []).append(thread)
        thread.start()

    def _guessed(self, ctx: base.Context) -> bool:
        """Whether this function of the same file returned, at the last check, a text whose verdict is kept, or
        no text at all."""
        digest = diskcache.digest(ctx.module)
        text = RETURNED.get((digest, ctx.function)) if digest is not None else None
        try:
            return text is NO_TEXT or isinstance(text, str) and known(*self._item(ctx, text))
        except Exception:  # a question the judging will report: not for a guess to decide
            return False

    def plan(self, ctx: base.Context) -> base.Plan:
        return base.Plan([ctx.call(self.name, "text")], memo={})  # memo["verdict"]: left by prepare

    @classmethod
    def prepare(cls, checks: Sequence[tuple[base.Check, base.Context, base.Plan]],
                outcomes: Mapping[str, Outcome]) -> None:
        """Judge every formula the student's functions returned as text in at most two jobs (none if all are
        known), once the formulas judged ahead (`start`) are."""
        if checks and checks[0][1].sandbox is not None:
            for thread in _AHEAD.pop(checks[0][1].sandbox, []):
                thread.join()
        texts = [(check, ctx, plan, outcome.value) for check, ctx, plan in checks
                 if (outcome := outcomes.get(plan.calls[0].id)) is not None and outcome.status == "ok"
                 and isinstance(outcome.value, str)]
        if not texts:
            return
        items = [check._item(ctx, text) for check, ctx, _, text in texts]
        verdicts = judge_formulas(items, sandbox=texts[0][1].sandbox)
        wrong = [(check, ctx, plan, text) for (check, ctx, plan, text), verdict in zip(texts, verdicts)
                 if verdict.status == "wrong"]
        for (_, _, plan, _), related in zip(wrong, _related([(check, ctx, text) for check, ctx, _, text in wrong])):
            plan.memo["relation"] = related
        for (_, ctx, plan, text), verdict in zip(texts, verdicts):
            plan.memo["verdict"] = verdict
            if (digest := diskcache.digest(ctx.module)) is not None:
                RETURNED.put((digest, ctx.function), text)

    def _item(self, ctx: base.Context, text: str) -> tuple[str, str | tuple, dict]:
        """(student text, answer text or fingerprint, variables) to judge for the function of `ctx`."""
        if self.fingerprint:
            return text, self.fingerprint, dict(self.variables)
        # the reference's own module, not an import: this module is vendored into student releases
        formula = inspect.getmodule(ctx.reference).FORMULAS[self.formula or ctx.function]
        return text, formula.answer, formula.variables

    def judge(self, ctx: base.Context, plan: base.Plan, outcomes: Mapping[str, Outcome]) -> base.Verdict:
        outcome = outcomes.get(plan.calls[0].id)
        problem = base.outcome_problem(outcome)
        if problem:
            return base.Verdict(0.0, problem)
        text = outcome.value
        evidence = (base.Evidence((), {}, text),)
        if not isinstance(text, str):
            return base.Verdict(0.0, f"should return the formula as a string, got {type(text).__name__}", evidence)
        verdict = plan.memo.get("verdict") or judge_formula(*self._item(ctx, text), sandbox=ctx.sandbox)
        related = None
        if verdict.status == "wrong":  # a relation SymPy proves is the explanation (the row's message says it)
            related = plan.memo["relation"] if "relation" in plan.memo else _related([(self, ctx, text)])[0]
        if verdict.values:  # the formula's values at the sample points: what the catalogue (and the finder) replay
            evidence = self._values_evidence(ctx, verdict.values)
        return base.Verdict(1.0 if verdict.equivalent else 0.0, related_message(verdict.message, related), evidence)

    def states_relation(self, verdict: base.Verdict) -> bool:
        """A relation SymPy proved is in the message (formula_relations.line): stated.py names the row from it,
        unless a catalogued wrong formula reproduces the values."""
        return not verdict.passed and f"; {RELATION_PREFIX}" in verdict.message

    def _definition(self, ctx: base.Context) -> dict | None:
        """What the answer is the derivative of (formula_relations.definition_of), None for a fingerprint."""
        if self.fingerprint:
            return None
        return definition_of(inspect.getmodule(ctx.reference).FORMULAS[self.formula or ctx.function])

    def _values_evidence(self, ctx: base.Context, values: tuple) -> tuple[base.Evidence, ...]:
        """One Evidence per sample point (the first EVIDENCE_POINTS): the variables' values, the formula's value."""
        return tuple(base.Evidence(args, {}, float(v)) for args, v in zip(self.evidence_args(ctx), values))

    def evidence_args(self, ctx: base.Context) -> list[tuple]:
        """The variables' values (sorted by name) at the first EVIDENCE_POINTS sample points: the arguments of
        the values' evidence, public (a release records the catalogued wrong formulas' values there)."""
        _, _, variables = self._item(ctx, "")
        points = symbolic_worker.sample_points(dict(variables), SEED)
        names = sorted(points)
        return [tuple(float(points[n][i]) for n in names) for i in range(min(EVIDENCE_POINTS, symbolic_worker.POINTS))]

    def explained_reference(self, ctx: base.Context) -> Callable:
        """The answer as a function of its variables (sorted by name), the values' evidence is related to."""
        _, answer, variables = self._item(ctx, "")
        if not isinstance(answer, str):
            return sampled_function(ctx.function, answer, tuple(sorted(variables.items())))
        return answer_function(ctx.function, answer, tuple(sorted(variables)))


def _related(wrong: Sequence[tuple[SymbolicCheck, base.Context, str]]) -> list[str | None]:
    """The relation line of each wrong formula (check, ctx, text) whose answer is text (formula_relations:
    screened in one job of the grader's sandbox, proven in one of its companion when a relation fits the
    numbers); None for the others, and for all when those jobs cannot run."""
    found: list[str | None] = [None] * len(wrong)
    asked = [(i, check._item(ctx, text), check._definition(ctx), ctx.sandbox) for i, (check, ctx, text) in enumerate(wrong)
             if not check.fingerprint and ctx.sandbox is not None]
    if not asked:
        return found
    try:
        lines = relate_formulas([(*item, definition) for _, item, definition, _ in asked], sandbox=asked[0][3])
    except Exception:  # an explanation only: the verdict stands without it
        return found
    for (i, *_), related in zip(asked, lines):
        found[i] = related
    return found


# Sandbox -> the threads judging its checks' formulas ahead (`SymbolicCheck.start`), joined by `prepare`
_AHEAD: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _judge_ahead(checks: Sequence[tuple[SymbolicCheck, base.Context]], sources: dict[str, str | bytes],
                 starting: threading.Thread | None, companion: list[Sandbox]) -> None:
    """The texts the functions of `checks` return, from a job of their own (their own module imported, the
    others on demand), judged, and the wrong ones related: their verdicts left in VERDICTS, their relations in
    formula_relations.RELATED. SymPy's companion started ahead (by `starting`, into `companion`) is closed
    when no formula needed it (none agreed in numbers, no relation was proven, or no text came): its boot would
    only take CPU from the check. Made again on demand should the submission's own job return other texts."""
    sandbox = checks[0][1].sandbox
    calls = [ctx.call(check.name, "ahead") for check, ctx in checks]
    try:
        outcomes = sandbox.run(sources, calls, imports={ctx.module for _, ctx in checks}).outcomes
        texts, needed = [], False
        for (check, ctx), call in zip(checks, calls):
            outcome = outcomes.get(call.id)
            if outcome is not None and outcome.status == "ok" and isinstance(outcome.value, str):
                texts.append((check, ctx, outcome.value))
            elif outcome is not None and outcome.status not in _UNFINISHED:  # the next check of this file skips it
                RETURNED.put((diskcache.digest(ctx.module), ctx.function), NO_TEXT)
            else:
                needed = True  # the submission's own job may yet return a text
        if texts:
            verdicts = judge_formulas([check._item(ctx, text) for check, ctx, text in texts], sandbox=sandbox)
            related = _related([item for item, verdict in zip(texts, verdicts) if verdict.status == "wrong"])
            needed = needed or any(verdict.equivalent for verdict in verdicts) or any(related)
        if not needed and starting is not None:
            starting.join()
            for each in companion:
                each.close()
    except Exception:  # only a head start: judging the submission's own texts meets and reports any problem
        pass


@functools.lru_cache(maxsize=256)
def answer_function(name: str, answer: str, names: tuple) -> Callable:
    """f(*values of `names`) -> the (trusted) answer's value there; named and signed like a function of them."""
    tree = symbolic_worker.parse(answer, names)

    def f(*values):
        return float(symbolic_worker._evaluate(tree, {n: np.array([float(v)]) for n, v in zip(names, values)})[0])
    f.__name__ = name
    f.answer, f.evaluate = answer, symbolic_worker._evaluate  # what the relation finder edits (relations/formula.py)
    f.__signature__ = inspect.Signature([inspect.Parameter(n, inspect.Parameter.POSITIONAL_OR_KEYWORD) for n in names])
    return f


def sampled_function(name: str, values: tuple, variables: tuple) -> Callable:
    """The answer known by its fingerprint as a function: its value at each sample point (where the values'
    evidence is), LookupError elsewhere; named and signed like answer_function."""
    points = symbolic_worker.sample_points(dict(variables), SEED)
    names = sorted(points)
    table = {tuple(float(points[n][i]) for n in names): v for i, v in enumerate(values)}

    def f(*args):
        point = tuple(float(a) for a in args)
        if point not in table:
            raise LookupError("the answer is known at its sample points only")
        return table[point]
    f.__name__ = name
    f.__signature__ = inspect.Signature([inspect.Parameter(n, inspect.Parameter.POSITIONAL_OR_KEYWORD) for n in names])
    return f
