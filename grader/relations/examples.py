"""A small counterexample on a public input: the input, the right value and the student's.

Public inputs are the value checks' fixed cases (written in the spec, their
calls already ran) and cases drawn by the function's own input generators
from a public seed ("public example", exercise, function, check): the same
for every student, so showing their expected values reveals no hidden input.
A case is a counterexample when the student's value there is off and, when
the explanation predicts a value, equal to that prediction. A function whose
right result is not unique (`one_right_value`: dropout's mask, any draw from
the given generator with the right keep probability and scale) gets its
public draws marked `one_of_many`: their examples show the input and the
student's value, never the reference's own draw as the expected one.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any, Callable

import numpy as np

from mlptutor.grader.checks.cases import Case, Inputs, as_case, expect
from mlptutor.grader.checks.validate import leaves, pick
from mlptutor.grader.relations.base import leaf_of
from mlptutor.grader.relations.values import holds, off
from mlptutor.grader.sandbox import RNG
from mlptutor import seeding

MAX_TEXT = 500  # longer inputs are no readable example
MAX_DRAWN = 2  # public cases run per function
SHOWN = 40  # characters of a text shown (a student's text may be long)


@dataclass(frozen=True)
class Candidate:
    """A public case with the reference's value on it (the picked part)."""

    case: Case
    expected: Any
    pick: tuple | None = None


def public_draws(checks, exercise: str, function: str) -> list[Case]:
    """Cases of the function's input generators (hidden, sizes, inputs of its checks) drawn from a public seed."""
    found, seen = [], set()
    for check in checks:
        for field in ("hidden", "sizes", "inputs"):
            draw = getattr(check, field, None)
            if draw is None or id(draw) in seen:
                continue
            seen.add(id(draw))
            rng = seeding.hashed_rng("public example", exercise, function, check.name, field)
            try:
                cases = draw.draw(rng) if isinstance(draw, Inputs) else draw(rng)
            except Exception:  # a generator that needs more than a generator: no public draws from it
                continue
            found += [as_case(c) for c in cases]
    if not one_right_value(checks):
        found = [replace(c, one_of_many=True) for c in found]
    return sorted(found, key=_size)


def one_right_value(checks) -> bool:
    """Whether the reference's value is the one right result: not for a function whose draws are judged as
    draws (a statistical check, a scenario that must draw from its generator) while no check compares its
    values with the reference's (no value check): any draw of the right kind is right there."""
    as_draws = any(c.kind == "statistical" or any(s.draws for s in getattr(c, "scenarios", ())) for c in checks)
    return not as_draws or any(c.kind == "value" for c in checks)


def _size(case: Case) -> int:
    return sum(np.size(v) for _, v in leaves((case.args, case.kwargs)) if type(v) is np.ndarray)


Prediction = Callable[[Candidate], "tuple[tuple, np.ndarray | None] | None"]


def differing(at: Prediction, candidates: list[Candidate]) -> list[Candidate]:
    """The candidates on which the explanation says the student is wrong: `at(candidate)` gives the leaf
    and the predicted value there (None: no prediction, every candidate may show it; at() None: the
    explanation agrees with the right value here). Larger batches first among the smallest inputs (a
    batch of one hides a 1/N)."""
    shown = []
    for c in candidates:
        found = at(c)
        if found is None:
            continue
        path, predicted = found
        exp = _leaf(c.expected, path)
        if exp is None:
            continue
        if predicted is not None and not _differs(predicted, exp):
            continue
        shown.append(c)
    return sorted(shown, key=lambda c: (_batch_of_one(c.case), _size(c.case)))[:MAX_DRAWN]


def _batch_of_one(case: Case) -> bool:
    first = next((v for _, v in leaves(case.args) if type(v) is np.ndarray and v.ndim >= 2), None)
    return first is not None and first.shape[0] == 1


def shows(value: Any, candidate: Candidate, at: Prediction) -> tuple | None:
    """The leaf at which the student's value on the candidate is off and, with a prediction, equal to it."""
    found = at(candidate)
    if found is None:
        return None
    path, predicted = found
    got, exp = _leaf(value, path), _leaf(candidate.expected, path)
    if got is None or exp is None or not _differs(got, exp):
        return None
    if predicted is not None and (type(got) is str or not holds(got, predicted)):
        return None
    return path


def _leaf(value: Any, path: tuple) -> np.ndarray | str | None:
    """The numeric leaf (float64) or the text at `path` of a value, or None."""
    text = _at(value, path)
    return text if type(text) is str else leaf_of(value, path)


def _differs(got: np.ndarray | str, exp: np.ndarray | str) -> bool:
    """A text that is not the right one, or numbers the value checks call off (another shape: off)."""
    if type(got) is str or type(exp) is str:  # a text against an array differs (== would compare entrywise)
        return type(got) is not type(exp) or got != exp
    return got.shape != exp.shape or bool(off(got, exp).any())


def text(candidate: Candidate, value: Any, path: tuple, names: list[str], label: str) -> str | None:
    """'for example, on the public input z = [...]: expected [...], got [...]' ('got [...]' and that no one value
    is right, on a `one_of_many` case), or None when too long."""
    args = _inputs(candidate, names)
    what = f"{label} = " if path else ""
    if candidate.case.one_of_many:
        line = f"for example, on the public input {args}: got {what}{show(_leaf(value, path))} ({MANY})"
    else:
        expected, got = shown_apart(_leaf(candidate.expected, path), _leaf(value, path))
        line = f"for example, on the public input {args}: expected {what}{expected}, got {got}"
    return line if len(line) <= MAX_TEXT else None


# in place of the expected value of a function whose right result is not unique
MANY = ("more than one result is right here, so none is shown as the expected one: a right one has the properties "
        "named before")


def crash_text(candidate: Candidate, names: list[str], how: str) -> str | None:
    """'for example, on the public input z = [...] (expected [...]) your code raises ...' (no expected value on a
    `one_of_many` case), or None when too long."""
    expected = "" if candidate.case.one_of_many else f" (expected {show(candidate.expected)})"
    line = f"for example, on the public input {_inputs(candidate, names)}{expected} it {how}"
    return line if len(line) <= MAX_TEXT else None


def _inputs(candidate: Candidate, names: list[str]) -> str:
    return inputs_text(candidate.case.args, candidate.case.kwargs, names)


def inputs_text(args: tuple, kwargs: dict, names: list[str]) -> str:
    """'z = [...], alpha = 0.1': a public call's arguments, shown so that the call can be run again."""
    text = ", ".join(f"{n} = {show(v, True)}" for n, v in zip(names, args))
    return text + "".join(f", {k} = {show(v, True)}" for k, v in kwargs.items())


def _at(value: Any, path: tuple) -> Any:
    """The part of a value at `path`, or None where it has none."""
    try:
        return pick(value, path)
    except (KeyError, IndexError, TypeError):
        return None


def shown_apart(expected: Any, got: Any) -> tuple[str, str]:
    """The expected and the student's value as short texts, with as many digits as it takes for them to differ
    (an epsilon's 1e-7 shortfall read "expected [[0.6, 0.]], got [[0.6, 0.]]" at the usual 4)."""
    for digits in (None, 6, 8, 10, 12, 14, 17):
        pair = show(expected, digits=digits), show(got, digits=digits)
        if pair[0] != pair[1]:
            break
    return pair


def show(value: Any, given: bool = False, digits: int | None = None) -> str:
    """A value as short text; `given`: an input of the example, shown so that the case can be run again; `digits`:
    the significant digits of its numbers, where the usual ones would not tell two values apart."""
    if isinstance(value, RNG):
        return f"default_rng({value.seed})"
    if type(value) is np.ndarray:
        if value.ndim == 0:
            return show(float(value), given, digits) if value.dtype.kind == "f" else str(value)
        style = (_given(value) if given else SHOWN_ARRAY) if digits is None else {"precision": digits}
        return np.array2string(value, **style, separator=", ", max_line_width=10**6, threshold=40).replace("\n", "")
    if type(value) is str:  # a text may be the student's: quoted (escaped), shortened
        shown = repr(value)
        return shown if len(shown) <= SHOWN else shown[:SHOWN - 4] + "...'"
    if isinstance(value, (float, np.floating)):
        shown = f"{value:.{digits or 6}g}"  # an input 2.0 as 2.0: the int 2 is another case (int arithmetic)
        return shown + ".0" if given and shown.lstrip("-").isdigit() else shown
    if isinstance(value, (np.integer, np.bool_)):  # a numpy scalar as the number it is, not np.int64(3)
        return str(value)
    if callable(value) and hasattr(value, "__name__"):  # a trusted function passed in (f of a gradient check)
        return value.__name__
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k!r}: {show(v, given, digits)}" for k, v in value.items()) + "}"
    if isinstance(value, (list, tuple)):
        inner = ", ".join(show(v, given, digits) for v in value)
        # a tuple of one keeps its comma: (1.0) reads as the float 1.0, not as the tuple the case passes
        return f"[{inner}]" if isinstance(value, list) else f"({inner}{',' * (len(value) == 1)})"
    return repr(value)


SHOWN_ARRAY = {"precision": 4, "suppress_small": True}  # a value: rounded, a tiny entry as 0


def _given(value: np.ndarray) -> dict:
    """How an input array is shown: its tiny entries never as 0 (a gradient check's [1e-9] shown as [0.] is a
    case no one can run again: numpy's scientific notation then, [1.e-09]), two significant digits at least
    (0.00012 as 0.00012, not 0.0001)."""
    nonzero = np.abs(value[np.isfinite(value) & (value != 0)]) if value.dtype.kind == "f" else np.zeros(0)
    low = float(nonzero.min()) if nonzero.size else 1.0
    if low < 1e-4:
        return {"precision": 4, "suppress_small": False}
    return {"precision": 5 if low < 1e-3 else 4, "suppress_small": True}


def candidates_of(reference: Callable, cases: list[Case], pick) -> list[Candidate]:
    """The reference's values on public cases (cases it cannot run are left out)."""
    found = []
    for case in cases:
        try:
            found.append(Candidate(case, expect(reference, [case], pick)[0], pick))
        except Exception:  # a drawn case the reference rejects is no example
            continue
    return found
