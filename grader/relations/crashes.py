"""A function that raises on some of its inputs and returns on the others: what the raising ones share.

A crash is named by its exception and line (`stated.py`, relation:error).
When only some calls raise, what sets them apart says more: said only when
one property holds on exactly the calls that raised (every one of them, and
none of the calls that returned):

    some-rows   a batch of one row; an argument naming a string (an activation, a mode); matrices
                that are not all square; two size arguments that differ (n_in != n_out); a number
                argument that is 0, a count that is 1; a float32 input

Calls that timed out are left out: they neither raised nor returned.
"""

from __future__ import annotations

from typing import Any, Callable

import numpy as np

from mlptutor.grader.checks.validate import leaves
from mlptutor.grader.relations.base import Relation
from mlptutor.grader.relations.values import Setting

Call = tuple[tuple, dict]  # a call's arguments, bound to the reference's parameters


def _arrays(args: tuple) -> list[np.ndarray]:
    return [v for _, v in leaves(args) if type(v) is np.ndarray]


def _batch_of_one(args: tuple) -> bool | None:
    first = next((a for a in _arrays(args) if a.ndim >= 2), None)
    return None if first is None else first.shape[0] == 1


def _not_square(args: tuple) -> bool | None:
    matrices = [a for a in _arrays(args) if a.ndim == 2]
    return None if not matrices else any(a.shape[0] != a.shape[1] for a in matrices)


def _float32(args: tuple) -> bool | None:
    arrays = [a for a in _arrays(args) if a.dtype.kind == "f"]
    return None if not arrays else any(a.dtype == np.float32 for a in arrays)


def _properties(setting: Setting, calls: list[Call]) -> list[tuple[list, str, str]]:
    """(the property per call, the inputs it describes, what to check) for every property tried."""
    found = [([_batch_of_one(a) for a, _ in calls], "with a batch of one row (N = 1)",
              "a squeeze, a len() or an index that a single row trips"),
             ([_not_square(a) for a, _ in calls], "whose matrices are not square",
              "rows and columns line up only when they are equal: an axis or a transpose is mixed up"),
             ([_float32(a) for a, _ in calls], "in float32", "a dtype fixed or checked where any float array is allowed")]
    names = setting.parameters
    ints = [i for i in range(len(names)) if all(i < len(a) and type(a[i]) is int for a, _ in calls)]
    for i in ints:
        for j in ints:
            if i < j:
                found.append(([a[i] != a[j] for a, _ in calls], f"where {names[i]} != {names[j]}",
                              f"{names[i]} and {names[j]} are swapped somewhere"))
    for i, name in enumerate(names):
        if all(i < len(a) and type(a[i]) in (int, float) for a, _ in calls):
            found.append(([a[i] == 0 for a, _ in calls], f"with {name} = 0", f"a division by {name}, or an empty range"))
        if i in ints:
            found.append(([a[i] == 1 for a, _ in calls], f"with {name} = 1",
                          f"a single one ({name} = 1) trips an index, a squeeze or a len()"))
    strings = sorted({v for a, k in calls for _, v in leaves((a, k)) if type(v) is str})
    for s in strings:
        found.append(([s in {v for _, v in leaves((a, k)) if type(v) is str} for a, k in calls],
                      f"naming {s!r}", f"check what your code does for {s!r}"))
    return found


def crash_split(setting: Setting, calls: list[Call], raised: list[bool], how: str) -> Relation | None:
    """The property shared by exactly the calls that raised (`how`: 'raises ValueError at f.py line 5'),
    as a relation, or None when every call raised, none did, or no property splits them so."""
    if all(raised) or not any(raised):
        return None
    for values, inputs, cause in _properties(setting, calls):
        if None not in values and list(map(bool, values)) == raised:
            return Relation("some-rows", f"your {setting.function} {how} exactly on the inputs {inputs}, and returns "
                                         f"on the others: {cause}", f"{how} on the inputs {inputs}", ())
    return None


def bound_calls(setting: Setting, calls: list[Any], status: Callable[[Any], str | None]) -> tuple[list[Call], list[bool]]:
    """The plain calls that raised or returned, bound to the reference's parameters, and which raised."""
    found, raised = [], []
    for call in calls:
        state = status(call)
        if state in ("error", "ok"):
            found.append(setting.bind(tuple(call.args), dict(call.kwargs)))
            raised.append(state == "error")
    return found, raised
