"""The right numbers of a result's parts read as one vector and moved across the parts: a tuple (dw, db) whose
entries, taken in order as [dw..., db], are the right ones shifted by a place or two (an Octave port that packs
theta = [w; b] into one vector and reads it back from the wrong index: dw gets dw[1:] and db, db gets dw[0]).

A result of two numeric parts or more (arrays or numbers, each of the right shape) is judged as a whole: its
entries in order, one vector, against the right one rolled by SHIFTS. Claimed when one shift gives the student's
vector on every call where the result is off, on two such calls at least (one call of a few numbers may fit by
chance); a shift moves an entry of one part into another, which no relation of a single part reads.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from mlptutor.grader.checks.validate import leaves
from mlptutor.grader.relations.base import Relation, listed
from mlptutor.grader.relations.values import Item, Setting, holds

SHIFTS = (-1, 1, -2, 2)


def _unrolled(value: Any) -> tuple[tuple, np.ndarray] | None:
    """((path, shape) of each numeric part, in order; their entries as one float vector), or None when a part is not
    a real number or a float array, there are fewer than two parts, or none is an array (the numbers of one list
    are its parts: a list rotated is relation:entry's, not one packed and split again)."""
    parts = leaves(value)
    if len(parts) < 2 or not any(isinstance(v, np.ndarray) for _, v in parts):
        return None
    arrays = []
    for _, v in parts:
        if isinstance(v, (bool, np.bool_)) or not isinstance(v, (int, float, np.integer, np.floating, np.ndarray)):
            return None
        if isinstance(v, np.ndarray) and v.dtype.kind not in "fi":
            return None
        try:
            arrays.append(np.asarray(v, dtype=np.float64))
        except OverflowError:  # a student's int beyond float64 (10**400): a traceback stopped the whole report
            return None
    return tuple((p, a.shape) for (p, _), a in zip(parts, arrays)), np.concatenate([a.ravel() for a in arrays])


def _shift(got: np.ndarray, expected: np.ndarray) -> int | None:
    """The shift of SHIFTS that moves the right vector onto the student's, or None; never for two numbers, where a
    shift is a swap (relation:entry says that: one part holds what the other should)."""
    if len(expected) < 3:
        return None
    return next((s for s in SHIFTS if s % len(expected) and holds(got, np.roll(expected, s))), None)


def unrolled(items: list[Item], setting: Setting) -> Relation | None:
    shifts, layout = [], None
    for item in items:
        got, expected = _unrolled(item.got), _unrolled(item.expected)
        if got is None or expected is None or got[0] != expected[0]:
            return None
        layout = expected[0]
        if not holds(got[1], expected[1]):  # a call where the result is right agrees with any shift
            shifts.append(_shift(got[1], expected[1]))
    if len(shifts) < 2 or None in shifts or len(set(shifts)) > 1:
        return None
    shift = shifts[0]
    parts = listed([setting.label(path) for path, _ in layout])
    places = f"{abs(shift)} place{'s' if abs(shift) > 1 else ''}"
    way = "towards the start (each number where the one before it is due)" if shift < 0 else \
        "towards the end (each number where the one after it is due)"
    return Relation("unrolled", f"your {setting.function} holds the right numbers of {parts} read as one vector, moved "
                                f"{places} {way}: where the parts are packed into one vector and split again, check "
                                f"which index each part starts at (the bias's place, 0- or 1-based counting)",
                    f"the right {parts} as one vector moved {places}", ())
