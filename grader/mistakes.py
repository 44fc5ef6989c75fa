"""The mistake catalogue mechanism: name a wrong answer by the known mistake that produces it.

A Mistake is a wrong variant of a reference function (same signature,
usually a small wrapper around reference/ code). Specs attach mistakes to
the functions they grade; when a check fails, its Evidence (the plain inputs
of each call and the student's value) is replayed through each variant in
the trusted process, and a variant that reproduces every one of the
student's values (allclose, NaN equal to NaN) names the mistake and gives
its hint. It is named only when the evidence tells it apart: from the right
answer (on some input the variant and the reference differ), and from the
other mistakes (exactly one reproduces the evidence). Only trusted code runs
here: variants and recorded values.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Sequence

import numpy as np

from mlptutor.grader.checks.base import Evidence
from mlptutor.grader.checks.cases import Case, run_trusted
from mlptutor.grader.checks.validate import paired, pick
from mlptutor.grader.effort import TRUSTED, Allowance, counted, package


@dataclass(frozen=True)
class Mistake:
    """id like "softmax-no-max-shift"; title says what was done; hint nudges without giving the answer."""

    id: str
    title: str
    hint: str
    variant: Callable[..., Any]


@dataclass(frozen=True)
class Slips:
    """A variant written as one frame of the reference with some of its slip switches on (`rule(..., **switches)`):
    two such variants of one frame with other switches compose into the function with both slips
    (grader/relations/paired.py)."""

    rule: Callable[..., Any]
    switches: tuple[tuple[str, Any], ...]

    def __call__(self, *args, **kwargs):
        return self.rule(*args, **kwargs, **dict(self.switches))

    @property
    def __wrapped__(self) -> Callable[..., Any]:  # its code is the frame's (effort.package finds its folder)
        return self.rule


def slips(rule: Callable[..., Any], **switches) -> Slips:
    """`rule` with these switches on, a variant that composes with the frame's other ones."""
    return Slips(rule, tuple(sorted(switches.items())))


@dataclass(frozen=True)
class Edit:
    """How a student makes a mistake: in the exercise's correct solution (tests/solutions/<exercise>.py),
    `old`, which occurs there exactly once, becomes `new`. A spec lists one per mistake (ExerciseSpec.edits);
    the spec's tests and the example class (examples/make_class.py) make their wrong submissions with it."""

    old: str
    new: str

    def apply(self, source: str) -> str:
        """`source` with the edit made; ValueError when `old` is not found exactly once."""
        found = source.count(self.old)
        if found != 1:
            raise ValueError(f"the edit's old text {self.old[:60]!r} occurs {found} times in the solution, "
                             f"not once: update the edit in the exercise's spec")
        return source.replace(self.old, self.new)


def _same(a: Any, b: Any, rtol: float, atol: float) -> bool:
    """Same structure, equal str/bool/None leaves and allclose numbers (exact ndarrays and plain numbers only)."""
    pairs = paired(a, b)
    if pairs is None:
        return False
    for x, y in pairs:
        if type(x) in (str, bool, type(None)) or type(y) in (str, bool, type(None)):
            if type(x) is not type(y) or x != y:
                return False
            continue
        if not all(type(v) is np.ndarray or type(v) in (float, int) or isinstance(v, (np.floating, np.integer))
                   for v in (x, y)):
            return False
        x, y = np.asarray(x), np.asarray(y)
        if x.shape != y.shape or x.dtype.kind not in "fiu" or y.dtype.kind not in "fiu":
            return False
        # a float32 value within float32's rounding of a float64 variant's shares the rounding, not the mistake
        if x.dtype.kind == y.dtype.kind == "f" and x.dtype.itemsize != y.dtype.itemsize:
            return False
        if not _close(x, y, rtol, atol):
            return False
    return True


# what is left of the absolute tolerance for values all near 0 (a rounding that cancels to 0, beside an exact 0);
# never more than the tolerance itself: with atol 0 (a check whose values are small by design, derivative_product's
# products near 1e-56) any two tiny values were alike, so a slip showing only there was caught and never named
FLOOR = 1e-15


def _close(x: np.ndarray, y: np.ndarray, rtol: float, atol: float) -> bool:
    """allclose (NaN equal to NaN) with the absolute tolerance scaled down to the two values' size when below 1: an
    atol of 1e-9 made any two gradient checks of right gradients (relative errors of 1e-11..1e-9) alike, so a
    catalogued mistake "reproduced" another's noise-level errors and two fitted where one was right."""
    finite = np.abs(np.concatenate([np.ravel(x), np.ravel(y)]).astype(np.float64))
    finite = finite[np.isfinite(finite)]
    scale = float(finite.max()) if finite.size else 0.0
    return bool(np.allclose(x, y, rtol=rtol, atol=atol * min(1.0, scale) + min(FLOOR, atol), equal_nan=True))


def _agree(a: Any, b: Any, rtol: float, atol: float) -> bool:
    """Two trusted values are the same: same structure, equal numbers of any numeric type, equal other leaves."""
    pairs = paired(a, b)
    if pairs is None:
        return False
    for x, y in pairs:
        try:
            x, y = np.asarray(x), np.asarray(y)
            if x.dtype.kind in "fiub" and y.dtype.kind in "fiub":
                if x.shape != y.shape or not _close(x, y, rtol, atol):
                    return False
                continue
            if x.shape != y.shape or not bool(np.all(x == y)):
                return False
        except (TypeError, ValueError):
            return False
    return True


class Refused(Exception):
    """A replay the submission's allowance did not afford (effort.Allowance)."""


class Replays:
    """Trusted functions' results on evidence's inputs, each run once while one function's rows are named.

    A function's rows share calls (the capstone's checks pick parts of one training run) and diagnose replays a
    row's evidence again with the pooled evidence: one wrong train_classifier replayed 129 training runs, 69 of
    them different (15.3 -> 5.2 s of CPU). Keyed by the arguments' identity, which the evidence holds alive.
    Each run is charged to the submission's `allowance` (the counted work of the first run on the same inputs);
    once that is spent, a run not made yet raises Refused."""

    def __init__(self, allowance: Allowance | None = None):
        self._done: dict[tuple, tuple] = {}
        self._costs: dict[tuple, int] = {}  # the counted work of the first run on each evidence's inputs
        self.allowance = allowance

    @property
    def refused(self) -> int:
        """Runs the allowance refused so far: a search that met one is incomplete."""
        return self.allowance.refused if self.allowance is not None else 0

    def run(self, fn: Callable[..., Any], item: Evidence) -> Any:
        """fn on a private copy of the evidence's inputs (a variant may change them: that can be its mistake),
        the whole result; what it raised, raised again."""
        key = (fn, id(item.args), id(item.kwargs))
        if key not in self._done:
            if self.allowance is not None and not self.allowance.afford():
                raise Refused(f"the explanation's allowance of {self.allowance.total:,} counted steps is spent")

            def attempt() -> tuple[bool, Any]:
                try:
                    return True, run_trusted(fn, Case(copy.deepcopy(item.args), copy.deepcopy(item.kwargs)))
                except Exception as error:  # raised again on every replay, as a fresh run would
                    return False, error
            # counted only where an allowance is charged (the variants' lines and the reference's they call), and
            # only the first run on these inputs: another variant of the function costs about what it did, and the
            # trace hook made each run slower (test_spec_train's every-mistake fixture: 57 -> 44 s of wall with
            # every later run charged the first's work)
            inputs = (id(item.args), id(item.kwargs))
            if self.allowance is None:
                outcome = attempt()
            elif inputs in self._costs:
                outcome = attempt()
                self.allowance.charge(self._costs[inputs])
            else:
                outcome, self._costs[inputs] = counted(attempt, tuple(f for f in (package(fn), *TRUSTED) if f))
                self.allowance.charge(self._costs[inputs])
            self._done[key] = (item.args, item.kwargs, *outcome)  # the arguments kept: their ids stay theirs
        _, _, returned, result = self._done[key]
        if not returned:  # without its last traceback: each raise would add to the one object's
            raise result.with_traceback(None)
        return result


def _replay(fn: Callable[..., Any], item: Evidence, replays: Replays | None) -> Any:
    """fn on one piece of evidence's inputs, the part the evidence picked (run afresh without `replays`)."""
    return pick((replays or Replays()).run(fn, item), item.pick)


def agrees(fn: Callable[..., Any], item: Evidence, rtol: float = 1e-6, atol: float = 1e-9,
           replays: Replays | None = None) -> bool:
    """fn (the reference, say) gives the student's value on this piece of evidence."""
    try:
        return _agree(_replay(fn, item, replays), item.value, rtol, atol)
    except Exception:  # fn failing here: it gives nothing the student's value could equal
        return False


def reproduces(mistake: Mistake, evidence: Sequence[Evidence], rtol: float = 1e-6, atol: float = 1e-9,
               reference: Callable[..., Any] | None = None, replays: Replays | None = None) -> bool:
    """True when the variant gives the student's value on every piece of evidence (and there is some).

    With the `reference`, the evidence must also tell the mistake apart from the right answer: on
    some piece of it the variant and the reference differ (inputs where they agree show nothing).
    Evidence holds only calls that returned: a crash or a timeout is no evidence of anything."""
    if not evidence:
        return False
    apart = reference is None
    for item in evidence:
        try:
            value = _replay(mistake.variant, item, replays)
        except Exception:  # a variant that cannot run on these inputs does not explain them
            return False
        if not _same(value, item.value, rtol, atol):
            return False
        if not apart:
            try:
                right = _replay(reference, item, replays)
                apart = not _agree(value, right, rtol, atol) or _zeros_apart(value, right, item.value)
            except Exception:  # the reference failing here: these inputs tell nothing apart
                continue
    return apart


def _zeros_apart(variant: Any, right: Any, student: Any) -> bool:
    """The variant is nonzero where the right value is exactly 0 (or 0 where it is not), as the student's is, entry
    for entry: a product floored at 1e-300 where a ReLU path gives exactly 0 is within any absolute tolerance of 0,
    yet a check asking for the 0 tells it apart, and so does the variant that gives the student's 1e-300."""
    pairs, theirs = paired(variant, right), paired(variant, student)
    if pairs is None or theirs is None:
        return False
    differ = False
    for (x, y), (_, z) in zip(pairs, theirs):
        try:
            x, y, z = (np.asarray(v, dtype=np.float64) for v in (x, y, z))
            if not x.shape == y.shape == z.shape or np.any((x == 0) != (z == 0)):
                return False
        except (TypeError, ValueError):  # no numbers here: nothing to tell by zeros
            continue
        differ = differ or bool(np.any((x == 0) != (y == 0)))
    return differ


def candidates(mistakes: Iterable[Mistake], evidence: Sequence[Evidence],
               reference: Callable[..., Any] | None = None, replays: Replays | None = None, atol: float = 1e-9
               ) -> list[Mistake]:
    """Every mistake whose variant reproduces the evidence (apart from the reference, when given)."""
    return [m for m in mistakes if reproduces(m, evidence, atol=atol, reference=reference, replays=replays)]


def diagnose(mistakes: Iterable[Mistake], evidence: Sequence[Evidence], reference: Callable[..., Any] | None = None,
             more: Sequence[Evidence] = (), replays: Replays | None = None, atol: float = 1e-9) -> Mistake | None:
    """The one mistake that the evidence tells apart from the right answer and from every other mistake.

    When several reproduce `evidence`, `more` (other calls of the same function) may single one out;
    when it does not, none is named: two mistakes that fit equally well are no diagnosis. `atol`: values compared
    with that absolute tolerance at most (0 for a check that has none)."""
    refused = replays.refused if replays is not None else 0
    found = candidates(mistakes, evidence, reference, replays, atol)
    if len(found) > 1 and more:
        found = candidates(found, [*evidence, *more], reference, replays, atol)
    if replays is not None and replays.refused > refused:  # some mistake was not tried: none is the only one
        return None
    return found[0] if len(found) == 1 else None
