"""Relations of sequences of another length: the right entries, with some too many or too few at one end.

A per-step or per-epoch list (losses, one per step, the first before any step;
a history) whose entries are the right ones but one more at the end is a loop
that records once more after its last step; one short at the end, a loop that
stops early; one too many or too few at the start, a record made before the
loop (or skipped there). The entries that both hold must be equal, so the
right answer, of the right length, never fits. Judged as a whole (the picked
part of the result is the sequence), on the calls where it is off: every one of
them must have the same ends changed by the same count, and exactly one
placement (end or start) may fit them all; a sequence that fits both (all
entries equal) tells nothing.

    length   the right entries and k more at the end (or the start), or k missing there
"""

from __future__ import annotations

from typing import Any

import numpy as np

from mlptutor.grader.relations.base import Relation
from mlptutor.grader.relations.values import HOLD_ATOL, HOLD_RTOL, Item, Setting, number

# (where, sign) -> what the student's sequence is, and what usually makes it
_PLACES = {
    ("end", 1): ("the right entries, then {k} more at the end",
                 "a loop that records once more after its last step (or once before it and after every step)"),
    ("end", -1): ("the right entries without the last {n}",
                  "a loop that stops early, or records before a step it never takes"),
    ("start", 1): ("{k} more at the start, then the right entries",
                   "a record made before the loop besides those made in it"),
    ("start", -1): ("the right entries without the first {n}",
                    "a loop that starts late, or records only after the first step"),
}


def _sequence(value: Any) -> np.ndarray | None:
    """A flat sequence of numbers (a list or tuple of numbers, a 1-D numeric array) as float64, else None."""
    if type(value) is np.ndarray:
        return value.astype(np.float64) if value.ndim == 1 and value.dtype.kind in "fiu" else None
    if type(value) not in (list, tuple):
        return None
    entries = [number(v) for v in value]
    if any(e is None or e.ndim for e in entries):
        return None
    return np.array([float(e) for e in entries], dtype=np.float64)


def _equal(a: np.ndarray, b: np.ndarray) -> bool:
    with np.errstate(invalid="ignore"):
        return a.shape == b.shape and bool(np.all((np.abs(a - b) <= HOLD_ATOL + HOLD_RTOL * np.abs(b))
                                                  | (np.isnan(a) & np.isnan(b))))


def _places(got: np.ndarray, exp: np.ndarray) -> set[tuple[str, int]]:
    """Where the entries of `exp` sit in `got` (or of `got` in `exp`): ("end", 1) for got = exp + more."""
    k = len(got) - len(exp)
    if k == 0:
        return set()
    longer, shorter = (got, exp) if k > 0 else (exp, got)
    n, sign = len(shorter), 1 if k > 0 else -1
    found = set()
    if _equal(longer[:n], shorter):
        found.add(("end", sign))
    if _equal(longer[len(longer) - n:], shorter):
        found.add(("start", sign))
    return found


def lengths(items: list[Item], setting: Setting) -> Relation | None:
    """The student's sequence related to the right one by entries added or missing at one end, or None."""
    counts, places = set(), None
    for item in items:
        exp, got = _sequence(item.expected), _sequence(item.got)
        if exp is None or got is None:
            return None
        if len(got) == len(exp):
            if _equal(got, exp):  # a call where they agree shows nothing
                continue
            return None
        fits = _places(got, exp)
        places = fits if places is None else places & fits
        counts.add(len(got) - len(exp))
        if not places:
            return None
    if places is None or len(places) != 1 or len(counts) != 1:
        return None
    (where, sign), k = next(iter(places)), abs(next(iter(counts)))
    what, cause = _PLACES[where, sign]
    what = what.format(k=k, n="one" if k == 1 else k)  # "without the last one", "then 1 more at the end"
    label = "result" + "".join(f"[{p!r}]" for p in setting.pick) if setting.pick else f"{setting.function}'s result"
    entries = "entry" if k == 1 else "entries"
    line = (f"your {label} holds {what} ({k} {entries} {'too many' if sign > 0 else 'too few'}): "
            f"{cause}; count the entries the docstring promises and when each is recorded")
    return Relation("length", line, f"{label} with {what}", ())
