"""Inputs of a check: fixed cases written in the spec and hidden cases drawn per student.

A case is the arguments of one call. Specs write a case as a plain tuple of
positional arguments or as `Case(args, kwargs)`; hidden cases come from a
function `rng -> list of cases` so they are seeded per student and check, or
from `Inputs`, a named draw that several checks of one function share: its
cases are drawn once per student, each of their calls runs once (the
checks naming them plan the very same Call objects, named by the Inputs:
`shared_batch`), and every check judges the outcome from its own angle
(values, shapes, behaviours, mutation). This is the one way checks share a
call: the pipeline runs every planned Call object once. A `Batch` is cases with their calls and the reference's results.
Arguments may hold `grader.sandbox.RNG(seed)` markers; `materialise` turns
them into generators for the trusted side's own computation.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, Callable, NamedTuple

import numpy as np

from mlptutor.grader.checks.base import PUBLIC_STUDENT
from mlptutor.grader.checks.validate import pick as pick_path
from mlptutor.grader.sandbox import RNG, Call

if TYPE_CHECKING:
    from mlptutor.grader.checks.base import Context


@dataclass(frozen=True)
class Case:
    """Positional and keyword arguments of one call; `hidden` cases never show expected values, and the
    reference's value on a `one_of_many` case is one right value of many, never shown as the expected one."""

    args: tuple
    kwargs: dict = field(default_factory=dict)
    hidden: bool = False
    drawn: tuple = ()  # (generator name, draw number, item or -1): where a drawn case came from (cases.drawn)
    one_of_many: bool = False  # a draw judged by what defines it (relations.examples.one_right_value)

    @property
    def label(self) -> str:
        return "a hidden input" if self.hidden else "a fixed input"


FIXED_ONLY = "the fixed inputs count once a hidden one is right"
PUBLIC_ONLY = "this check's inputs are all public: they count once a hidden input of the function is right"
# what a check's score rests on (Verdict.inputs): public inputs alone, or hidden ones of which some or none are right
PUBLIC, HIDDEN_RIGHT, HIDDEN_WRONG = "public", "hidden-right", "hidden-wrong"
PUBLIC_DRAWS = "public draws"  # memo[(PUBLIC_DRAWS, name)]: the public student's draws from generator `name`
DRAW_MAKERS = ("draw makers",)  # memo[DRAW_MAKERS]: a kept plan's way to its draws' makers (commands.plan_kept)


def drawn(ctx: Context, draw: Callable, name: str, one: bool = False, hidden: bool = False) -> Any:
    """What `draw` makes from this student's generator `name` (a list of cases, or with `one` a case), each case
    marked with where it came from (and `hidden` if asked), and `draw` kept by the grader as the maker of that draw
    (`secret` makes the public student's from it when asked)."""
    count = ctx.shared(("draws", name), lambda: [0])  # this student's draws from `name` so far
    number, made = count[0], draw(ctx.rng(name))
    count[0] += 1
    ctx.constant(("draw", name, number), lambda: draw)
    if one:
        return as_case(made, hidden, (name, number, -1))
    return [as_case(c, hidden, (name, number, i)) for i, c in enumerate(made)]


def secret(ctx: Context, hidden: list[bool], inputs: list[list[Case]], right: list[bool]) -> list[bool]:
    """`hidden` (which inputs are drawn, each input a list of cases: a case, a scenario's) without the right ones the
    public student's draws hold too at the same place: a draw that writes some cases out (XOR's gates, two zero
    vectors) gives them to everyone, and the release holds their answers (a table of them scored 4 of 7 of
    relative_error's hidden inputs). Looked at only where an input is wrong: a right submission draws nothing more;
    and not for the public student, whose draws stand for a student's own in the release's checker."""
    if all(right) or ctx.student == PUBLIC_STUDENT:
        return hidden
    return [h and not (r and all(_public(ctx, c) for c in cases)) for h, cases, r in zip(hidden, inputs, right)]


def _public(ctx: Context, case: Case) -> bool:
    """Whether the public student's draw holds `case` at its place; the public draws are made once per grader, in
    the order this student's were (several scenarios draw from one generator in turn)."""
    if not case.drawn:
        return False
    name, number, item = case.drawn
    made = ctx.memo.get((PUBLIC_DRAWS, name)) or _public_draws(ctx, name, number + 1)
    if made is None or len(made) <= number:
        return False
    theirs = made[number] if item < 0 else made[number][item] if item < len(made[number]) else None
    return theirs is not None and _same(as_case(case), as_case(theirs))


def _public_draws(ctx: Context, name: str, count: int) -> list | None:
    """The public student's first `count` draws from `name` (made once per grader), None when a draw's maker is not
    known here: a plan kept from another process, whose memo may hold what makes them known (DRAW_MAKERS)."""
    if (makers := ctx.memo.pop(DRAW_MAKERS, None)) is not None:
        makers()
    generator, made = ctx.constant((PUBLIC_DRAWS, name), lambda: (ctx.public_rng(name), []))
    while len(made) < count:
        draw = ctx.constant(("draw", name, len(made)), lambda: None)
        if draw is None:
            return None
        made.append(draw(generator))
    return made


def keep_public_draws(ctx: Context) -> None:
    """Put the public student's draws matching every draw this student's plans made into `ctx.memo`, for a plan
    kept on disk (`mlptutor check`): judged in a later process, which knows no draw's maker (mostly the specs'
    lambdas, which do not pickle), `secret` took every drawn case for secret, and a table of the release's
    answers that scored 0 of 64 on a first `check --student` scored 3.2 on the second of the same files."""
    for key, count in list(ctx.memo.items()):
        if type(key) is tuple and len(key) == 2 and key[0] == "draws":
            ctx.memo[(PUBLIC_DRAWS, key[1])] = _public_draws(ctx, key[1], count[0])


def _same(a, b) -> bool:
    """Equal arguments: arrays by dtype, shape and values; containers item by item; the rest by ==."""
    if type(a) is not type(b):
        return False
    if type(a) is np.ndarray:
        return a.dtype == b.dtype and a.shape == b.shape and np.array_equal(a, b, equal_nan=a.dtype.kind in "fc")
    if type(a) in (list, tuple):
        return len(a) == len(b) and all(map(_same, a, b))
    if type(a) is dict:
        return a.keys() == b.keys() and all(_same(a[k], b[k]) for k in a)
    if type(a) is Case:
        return _same(a.args, b.args) and _same(a.kwargs, b.kwargs)
    try:
        return bool(a == b)
    except Exception:  # an object whose == is not a truth value: not known to be the same
        return False


def judged_inputs(hidden: list[bool], right: list[bool]) -> str:
    """PUBLIC when no input (case, scenario) is hidden, else HIDDEN_RIGHT or HIDDEN_WRONG (Verdict.inputs)."""
    judged = [r for h, r in zip(hidden, right) if h]
    return PUBLIC if not judged else HIDDEN_RIGHT if any(judged) else HIDDEN_WRONG


def fixed_only(hidden: list[bool], right: list[bool]) -> bool:
    """Whether only fixed inputs are right where there are hidden ones: then none counts. The fixed cases' expected
    values are in the student release, so a table of them, computing nothing, scored a fifth of softmax's points."""
    return any(right) and judged_inputs(hidden, right) == HIDDEN_WRONG


def public_only(rows: list) -> None:
    """A function's rows (pipeline.Planned) judged on public inputs alone count once a hidden input of the function
    is right, where its other checks judged hidden ones: a table of the release's answers (fixed cases, scripted
    scenarios), computing nothing, scored xor.train_xor 2 of its 4 behaviour points and experiments 2 of 2."""
    said = {p.verdict.inputs for p in rows}
    if HIDDEN_WRONG not in said or HIDDEN_RIGHT in said:
        return
    named = next((p.mistake for p in rows if p.mistake), None)  # what explains the hidden inputs explains the row
    for p in rows:
        if p.verdict.inputs == PUBLIC and p.verdict.score > 0:
            p.verdict = replace(p.verdict, score=0.0, message=f"{p.verdict.message}; {PUBLIC_ONLY}")
            if p.mistake is None:
                p.mistake, p.inherited = named, named is not None


def as_case(item: Any, hidden: bool = False, drawn: tuple | None = None) -> Case:
    """`item` (a Case, a tuple or list of arguments, or one argument) as a new Case, `hidden` if asked, and marked
    `drawn` from where a draw made it (cases.drawn: one Case per drawn case, not three with dataclasses.replace
    between two as_case: 6.9 -> 1.0 us of CPU a case, min of 15 alternating timeit runs; a submission of the first
    twelve exercises draws 273, so planning it costs about 1.6 ms less)."""
    if isinstance(item, Case):
        return Case(item.args, item.kwargs, hidden or item.hidden, item.drawn if drawn is None else drawn,
                    item.one_of_many)
    return Case(tuple(item) if isinstance(item, (tuple, list)) else (item,), {}, hidden, drawn or ())


@dataclass(frozen=True)
class Inputs:
    """Hidden cases shared by the checks of one function that name it: `draw` is rng -> list of cases,
    seeded per student and by `name` (which must differ from the function's check names). `reference`: what
    computes their expected values, when not the function's reference itself: the same function keeping the
    runs the draw made on the case objects (grader/specs/_kept_runs.py)."""

    name: str
    draw: Callable[[np.random.Generator], list]
    reference: Callable | None = None


def gather(ctx: Context, fixed: tuple, hidden: Callable | Inputs | None, check: str) -> list[Case]:
    """The fixed cases, then the hidden ones: drawn from the check's own generator, or the shared `Inputs`."""
    cases = [as_case(c) for c in fixed]
    if isinstance(hidden, Inputs):
        cases += ctx.shared(("cases", hidden.name), lambda: drawn(ctx, hidden.draw, hidden.name, hidden=True))
    elif hidden is not None:
        cases += drawn(ctx, hidden, check, hidden=True)
    return cases


class Batch(NamedTuple):
    """Cases, one Call per case and the reference's result on each (the part named by `pick`), in step."""

    cases: list[Case]
    calls: list[Call]
    expected: list


def batch(ctx: Context, cases: list[Case], name: str, pick: tuple | None, tag: str = "",
          reference: Callable | None = None) -> Batch:
    """One call per case, named ctx.call_id(name, f"{tag}{i}"), and the reference's results (`reference`: what
    computes the picked part when not the function's reference, as Inputs.reference)."""
    calls = [ctx.call(name, f"{tag}{i}", c.args, c.kwargs, pick=pick) for i, c in enumerate(cases)]
    return Batch(cases, calls, expect(reference or ctx.reference, cases, pick))


def hidden_batch(ctx: Context, hidden: Callable | Inputs | None, check: str, pick: tuple | None,
                 tag: str = "", reference: Callable | None = None) -> Batch:
    """The hidden cases of `check` as a Batch: drawn for it (the expected values by `reference` if given), or
    those of shared Inputs (see shared_batch)."""
    if isinstance(hidden, Inputs):
        return shared_batch(ctx, hidden, pick)
    return batch(ctx, gather(ctx, (), hidden, check), check, pick, tag, reference)


def shared_batch(ctx: Context, inputs: Inputs, pick: tuple | None) -> Batch:
    """The cases of shared `inputs` as a Batch, made once per student and `pick` for every check naming them:
    the same Call objects (named by the Inputs), so each runs once, and the reference run once."""
    tag = "" if pick is None else "".join(f"[{k}]" for k in pick)  # another pick is another call
    return ctx.shared(("batch", inputs.name, pick), lambda: _picked_batch(ctx, inputs, pick, tag))


def _picked_batch(ctx: Context, inputs: Inputs, pick: tuple | None, tag: str) -> Batch:
    """The Batch of shared `inputs` for `pick`: the reference runs once on the cases, whichever parts the checks
    naming them pick (fit_neuron's three picks of its five short runs ran them three times: 2.1 ms a submission)."""
    cases = gather(ctx, (), inputs, inputs.name)
    calls = [ctx.call(inputs.name, f"{tag}{i}", c.args, c.kwargs, pick=pick) for i, c in enumerate(cases)]
    results = ctx.shared(("results", inputs.name), lambda: expect(inputs.reference or ctx.reference, cases))
    return Batch(cases, calls, [pick_path(r, pick) for r in results])


def materialise(value: Any) -> Any:
    """Call arguments with RNG markers replaced by seeded generators (containers rebuilt only where needed).

    Arrays are shared, not copied: only trusted reference code and mistake variants receive them.
    """
    if isinstance(value, RNG):
        return np.random.default_rng(value.seed)
    kind = type(value)
    if kind is not tuple and kind is not list and kind is not dict:
        return value
    if not _has_rng(value):  # the common case: nothing to rebuild
        return value
    if kind is dict:
        return {k: materialise(v) for k, v in value.items()}
    return kind(materialise(v) for v in value)


def _has_rng(value) -> bool:
    """True when an RNG marker is somewhere inside the tuple/list/dict `value` (leaves cost no call)."""
    for v in value.values() if type(value) is dict else value:
        kind = type(v)
        if isinstance(v, RNG) or ((kind is tuple or kind is list or kind is dict) and _has_rng(v)):
            return True
    return False


def run_trusted(fn: Callable, case: Case) -> Any:
    """fn(*case.args, **case.kwargs) with RNG markers materialised and numpy warnings silenced (a mistake's variant
    warns as the student's code would: np.mean of an empty batch says "Mean of empty slice" to no one)."""
    with np.errstate(all="ignore"), warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return _call(fn, case)


def _call(fn: Callable, case: Case) -> Any:
    if not case.kwargs:
        return fn(*materialise(case.args))
    return fn(*materialise(case.args), **materialise(case.kwargs))


def expect(reference: Callable, cases: list[Case], pick: tuple | None = None) -> list[Any]:
    """The reference's results on `cases` (the part named by `pick`), computed in the trusted process."""
    with np.errstate(all="ignore"):  # once for all the cases: entering it costs as much as a small reference call
        return [pick_path(_call(reference, c), pick) for c in cases]
