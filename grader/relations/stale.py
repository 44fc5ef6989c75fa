"""A value kept from an earlier call: the calls of a job run in order in one child (grader/sandbox/job.py), so a
module-level cache, a memo keyed by less than the inputs or gradients left on the function show in what
later calls return. Said only from the job's order (`Setting.order`: an item's position among the calls; none
after a timeout or a crash, whose new child starts afresh; a right item of no one call is set aside), on every
call where the leaf is off:

    stale   kept    the value returned for an earlier call with other arguments (every argument different),
                    right there, returned again: a result computed once and served to later calls
            added   the right value plus what the last earlier call returned for it: a sum never reset
            grown   a list result: what the last earlier call returned, more entries, then the right entries (a
                    list kept between calls, appended to and never emptied)

A value repeated by chance is ruled out: not every repeated value is 0, and either two different ones are
repeated or one that is no whole number (a float computed exactly again is no coincidence; a count of 2 is).
"""

from __future__ import annotations

import numpy as np

from mlptutor.grader.checks.validate import leaves, paired
from mlptutor.grader.relations.base import Relation
from mlptutor.grader.relations.examples import MAX_TEXT, inputs_text, show
from mlptutor.grader.relations.values import Item, Leaf, Setting, holds, number, wrong_kind

_KEPT = ("a result computed once and kept (a cache or memo keyed by less than all of the inputs, a dict or list on "
         "the function or the module, a mutable default argument) is returned again: compute each call's result "
         "from its own arguments")
_GROWN = ("a list kept between calls (a mutable default argument, a list on the function or the module) is appended "
          "to and never emptied: start a new list on every call")
_ADDED = ("a sum kept between calls (on the function, the module or a default argument) is added onto and never "
          "reset: start it afresh on every call")


def stale(leaf: Leaf, setting: Setting) -> Relation | None:
    if not leaf.numeric:
        return None
    masks = leaf.off_masks()
    right = [not masks[k].any() and not wrong_kind(leaf.dtypes[k], leaf.expected_dtypes[k]) for k in range(len(masks))]
    # an item of no one call (a gradient check's evidence) has no place in the job's order: a right one shows no
    # state and is set aside, an off one leaves the leaf to other relations
    if any(item.order is None and not right[k] for k, item in enumerate(leaf.items)):
        return None
    # a call two rows share: once
    calls = sorted({item.order: k for k, item in enumerate(leaf.items) if item.order is not None}.items())
    kept, added, off_calls = [], [], 0  # (the earlier call's index, the off call's) per off call
    for position, (_, k) in enumerate(calls):
        if right[k]:
            continue
        off_calls += 1
        earlier = [j for _, j in calls[:position]]
        if kept is not None:
            source = next((j for j in reversed(earlier) if right[j] and _repeated(leaf, k, j)), None)
            kept = None if source is None else kept + [(source, k)]
        if added is not None:
            before = next((j for j in reversed(earlier) if leaf.got[j].shape == leaf.expected[k].shape), None)
            added = None if before is None or not holds(leaf.got[k], leaf.expected[k] + leaf.got[before]) \
                else added + [(before, k)]
    if off_calls < 2:  # one call where a value fits by chance says nothing of state
        return None
    what = setting.label(leaf.path)
    whose = f"your {what} is" if leaf.path or setting.pick else f"your {what} returned"
    if kept and _not_by_chance([leaf.got[j] for j, _ in kept]):
        return Relation("stale", f"{whose}, on {off_calls} calls, the very value it gave for an earlier call with "
                                 f"other arguments (right for that one): {_KEPT}{_public(leaf, setting, kept, 'kept')}",
                        f"the {what} of an earlier call", leaf.path)
    if added and _not_by_chance([leaf.got[j] for j, _ in added]):
        return Relation("stale", f"{whose}, on {off_calls} calls, the right value plus the value it gave on the "
                                 f"last earlier call that had one: {_ADDED}{_public(leaf, setting, added, 'added')}",
                        f"the right {what} plus the previous call's", leaf.path)
    return None


def grown(items: list[Item], setting: Setting) -> Relation | None:
    """A list result whose every off call returned the last earlier call's whole list, then its own right entries
    (with the entries of calls the evidence does not hold between them), on two calls at least."""
    if not items or any(item.order is None or type(item.got) is not list or type(item.expected) is not list
                        for item in items):
        return None
    calls = [item for _, item in sorted({item.order: item for item in items}.items())]
    off_calls = 0
    for before, item in zip([None, *calls], calls):
        got, right = item.got, item.expected
        if _same(got, right):
            continue
        # the first call the evidence holds may follow calls it does not (a check's calls after the value check's):
        # earlier entries, then its own right ones, the next call then holding all of that
        kept = before.got if before is not None else []
        if (before is not None and not kept or len(got) < len(kept) + len(right) + (before is None)
                or not _same(got[:len(kept)], kept) or not _same(got[len(got) - len(right):], right)):
            return None
        off_calls += 1
    if off_calls < 2:  # one call where the list fits by chance says nothing of state
        return None
    what = setting.label(()) if setting.pick else f"{setting.function}'s result"
    return Relation("stale", f"your {what} holds, on {off_calls} calls, everything the previous call returned and "
                             f"then the right entries: {_GROWN}", f"the earlier calls' entries, then the right {what}")


def _same(a, b) -> bool:
    """Plain data a and b alike: the same structure, numbers equal up to rounding, anything else equal."""
    pairs = paired(a, b) if type(a) is type(b) and len(a) == len(b) else None
    if pairs is None:
        return False
    for x, y in pairs:
        nx, ny = number(x), number(y)
        if not (holds(nx, ny) if nx is not None and ny is not None else type(x) is type(y) and x == y):
            return False
    return True


def _public(leaf: Leaf, setting: Setting, pairs: list[tuple[int, int]], how: str) -> str:
    """'; for example, on the public input x = [...] it gave 26, and a later call ...': the first earlier call
    that ran on a public input (a fixed case; a hidden one's inputs are never shown), or ''."""
    j = next((j for j, _ in pairs if leaf.items[j].public), None)
    if j is None:
        return ""
    item, value = leaf.items[j], show(leaf.got[j])
    inputs = inputs_text(item.args, item.kwargs, setting.parameters)
    later = ("the next call that had one returned the right value plus it" if how == "added"
             else "a later call with other arguments returned it again")
    line = f"; for example, on the public input {inputs} it gave {value}, and {later}"
    return line if len(line) <= MAX_TEXT else ""


def _repeated(leaf: Leaf, k: int, j: int) -> bool:
    """Call k's value is call j's, whose right value differs, on arguments that differ in every one."""
    a, b = leaf.items[k], leaf.items[j]
    return (holds(leaf.got[k], leaf.got[j]) and not holds(leaf.expected[k], leaf.expected[j])
            and len(a.args) == len(b.args) and not any(_equal(x, y) for x, y in zip(a.args, b.args)))


def _equal(a, b) -> bool:
    la, lb = leaves(a), leaves(b)
    return [p for p, _ in la] == [p for p, _ in lb] and all(
        type(x) is type(y) and (np.array_equal(x, y) if type(x) is np.ndarray else bool(x == y))
        for (_, x), (_, y) in zip(la, lb))


def _not_by_chance(values: list[np.ndarray]) -> bool:
    flat = [np.ravel(v) for v in values]
    if all(not v.any() for v in flat):
        return False
    distinct = {tuple(v.tolist()) for v in flat}
    return len(distinct) >= 2 or any(bool(np.any(v != np.round(v))) for v in flat)
