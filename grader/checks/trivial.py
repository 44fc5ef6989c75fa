"""What a do-nothing body returns: the same thing whatever the input.

A function that returns zeros, NaN or one constant everywhere, the same value
for every input, or one of its arguments unchanged has not computed anything;
the pipeline gives it no points on any check (`grader.pipeline.require_values`),
and no graded input may have such an answer (tests/grader/test_separating_inputs.py).
"""

from __future__ import annotations

import numpy as np

from mlptutor.grader.checks.base import Evidence
from mlptutor.grader.checks.hygiene import argument_name
from mlptutor.grader.checks.validate import leaves


def does_nothing(evidence: list[Evidence], calls: int, reference) -> str | None:
    """One line when every call of the value checks returned the same thing whatever the input: one
    constant everywhere (zeros, NaN, ...), the same value, or an argument unchanged. Else None."""
    if len(evidence) < calls:  # a call that raised: not a do-nothing body
        return None
    evidence = list({id(e.args): e for e in evidence}.values())  # checks judging one call from several angles
    if len(evidence) < 2:
        return None
    fills = {fill(e.value) for e in evidence}
    if len(fills) == 1 and (only := fills.pop()) is not None:
        what = {"0.0": "zeros", "0": "zeros", "nan": "NaN", "inf": "inf", "-inf": "-inf"}.get(only,
                                                                                     f"the constant {only}")
        return f"returns {what} for every input"
    first = numbers(evidence[0].value)
    if first is not None and all(same(numbers(e.value), first) for e in evidence[1:]):
        return "returns the same value for every input"
    for i in range(len(evidence[0].args)):
        if all(i < len(e.args) and same(numbers(e.value), numbers(e.args[i])) for e in evidence):
            return f"returns its {argument_name(reference, i)} unchanged for every input"
    return None


def numbers(value) -> list | None:
    """The numeric leaves of a value as float64 arrays, or None when some leaf is not a number."""
    found = []
    for _, leaf in leaves(value):
        if type(leaf) is np.ndarray and leaf.dtype.kind in "biuf":
            found.append(leaf.astype(np.float64, copy=False))
        elif type(leaf) is int and abs(leaf) > 2 ** 53:  # float64 would round it (10**300 + r is 1e300 for every
            return None  # r): no constant it could be shown to hold; the value checks judge it
        elif type(leaf) in (float, int) or isinstance(leaf, (np.floating, np.integer)):  # numpy scalars too
            found.append(np.asarray(leaf, dtype=np.float64))
        else:
            return None
    return found


def same(a: list | None, b: list | None) -> bool:
    return (a is not None and b is not None and len(a) == len(b)
            and all(x.shape == y.shape and np.array_equal(x, y, equal_nan=True) for x, y in zip(a, b)))


def fill(value) -> str | None:
    """The one number every entry of `value` holds ("0.0", "nan", "0.5", ...), or None."""
    found = numbers(value)
    if not found or not any(x.size for x in found):
        return None
    flat = np.concatenate([x.ravel() for x in found])
    if np.isnan(flat).all():
        return "nan"
    if not (flat == flat[0]).all():
        return None
    if all(type(leaf) is int or isinstance(leaf, np.integer) or (type(leaf) is np.ndarray and leaf.dtype.kind in "iu")
           for _, leaf in leaves(value)):
        return repr(int(flat[0]))  # a count of -5 returns -5, not -5.0
    return repr(float(flat[0]) + 0.0)  # -0.0 and 0.0 alike
