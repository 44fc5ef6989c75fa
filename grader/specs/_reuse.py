"""The judge of behaviour scenarios with refill: a caller that reuses its buffers gets results for its new values.

A spec function (carried into the public checker as source, as every behaviour predicate is).
"""

from mlptutor.grader.checks.tolerance import allclose
from mlptutor.grader.checks.validate import leaves


def same(got, expected) -> bool:
    """The same structure, numbers within the tolerance policy, other leaves equal."""
    lg, le = leaves(got), leaves(expected)
    if [p for p, _ in lg] != [p for p, _ in le]:
        return False
    try:
        return all(allclose(g, e) if not isinstance(e, str) else g == e for (_, g), (_, e) in zip(lg, le))
    except (TypeError, ValueError):  # shapes that do not broadcast, values that are no numbers
        return False


CACHED = ("with its argument refilled in place (the same object holding new values) the call returned its result for "
          "the old values: results cached by the argument object (its id), not computed from its values; a caller may "
          "reuse its buffers")


def _kept(j: int, got, right, expected: list) -> bool:
    """Call j (after the first) returned the call before's right value, where its own differs."""
    return bool(j) and same(got, expected[j - 1]) and not same(right, expected[j - 1])


def computed_afresh(values: list, expected: list, cases: list) -> str | None:
    """A scenario with refill: each call's value is the reference's on the values it was given, though it got the
    previous call's argument objects refilled in place; names a result kept from the call before (cached by the
    argument object, its id)."""
    for j, (got, right) in enumerate(zip(values, expected)):
        if same(got, right):
            continue
        if _kept(j, got, right, expected):
            return CACHED
        if not j:  # wrong before any refill: the values' finding, not a cache's
            return ("the result is not the right one for the values given, on the first call already (before any "
                    "refill): not a matter of reused buffers; see the value check")
        return "the result is not the right one for the values given (the argument object of the call before, " \
               "refilled in place)"
    return None


def kept_by_object(values: list, expected: list, cases: list) -> str | None:
    """computed_afresh's finding of a result kept by the argument object, or of a first call off already (its value
    makes evidence, which names it); for a function whose wrong values are right on some inputs (a truth table), a
    later call off where no refill explains it is the value check's to judge, not a reuse row's without a name."""
    if values and not same(values[0], expected[0]):
        return computed_afresh(values, expected, cases)
    kept = any(not same(got, right) and _kept(j, got, right, expected)
               for j, (got, right) in enumerate(zip(values, expected)))
    return CACHED if kept else None


def alike_twice(values: list, expected: list, cases: list) -> str | None:
    """Predicate of one case given twice (several=True, refill=True: the second call on the first's very arguments,
    refilled with the same values, which makes no evidence): a second answer unlike the first is state kept between
    calls; answers wrong alike on both calls are the value check's."""
    if all(same(value, right) for value, right in zip(values, expected)) or same(values[0], values[1]):
        return None
    return ("the same arguments gave one result on the first call and another on the second: something is kept "
            "between calls (a module-level variable, a default argument, an attribute of the function, numbers from "
            "np.random's global generator): compute every call from its own arguments alone")
