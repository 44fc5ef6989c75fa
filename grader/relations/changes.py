"""Relations of the form "the reference, run on changed arguments": the shared machinery.

A `Change` rewrites a call's arguments (transposed, one set to 0, two
swapped, the reference's own output in place of its input, ...) and
optionally maps the reference's result back (transposed back). It explains a
leaf when the reference on the changed arguments gives the student's value on
every item, exactly or times a named factor. Reference runs are memoised per
change and item: several leaves of one result share them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

import numpy as np

from mlptutor.grader.relations.base import EXACT, Relation, fit, leaf_of, ratio, times
from mlptutor.grader.relations.values import Item, Leaf, Setting, holds


@dataclass(frozen=True)
class Change:
    """kind of relation; phrase: how the right answer was changed ("taken at sigmoid(z) instead of at z");
    cause: what to do about it; rewrite: (args, kwargs) -> changed (args, kwargs), or None where it does not
    apply; back: (the reference's leaf on the changed arguments, the expected leaf) -> the prediction;
    call: the function run on the changed arguments (default: the reference)."""

    kind: str
    phrase: str
    cause: str
    rewrite: Callable[[tuple, dict], tuple[tuple, dict] | None]
    back: Callable[[np.ndarray, np.ndarray], np.ndarray | None] = lambda value, exp: value
    call: Callable[..., Any] | None = None
    picked: bool = True  # False: the call's result is the picked value already (an argument returned)
    scaled: bool = False  # True: it may come times a named factor (a reduction moved to another axis moves its 1/N)


class Memo:
    """Reference results on changed arguments, per (change, item); the items outlive the memo."""

    def __init__(self):
        self.results: dict[tuple, Any] = {}
        self.changes: dict[tuple, list] = {}  # the changes a family made for this function, made once
        self.leaves: list[Leaf] = []  # every leaf of the result: a change must explain them all

    def result(self, setting: Setting, change: Change, item: Item) -> Any:
        key = (id(change), id(item))
        if key not in self.results:
            rewritten = change.rewrite(item.args, item.kwargs)
            self.results[key] = None if rewritten is None else setting.run(
                *rewritten, item.pick if change.picked else None, change.call, like=item.args)
        return self.results[key]


def prediction(setting: Setting, change: Change, path: tuple, args: tuple, kwargs: dict, item_pick: tuple | None,
               exp: Any) -> np.ndarray | None:
    """The leaf the change predicts on one call (no memo: a new input); exp is the expected leaf."""
    bound = setting.bind(args, kwargs)
    rewritten = change.rewrite(*bound)
    if rewritten is None:
        return None
    value = leaf_of(setting.run(*rewritten, item_pick if change.picked else None, change.call, like=bound[0]), path)
    expected = leaf_of(exp, ())
    if value is None or expected is None:
        return None
    with np.errstate(all="ignore"):
        return change.back(value, expected)


def _predictions(leaf: Leaf, setting: Setting, change: Change, memo: Memo, order) -> list | None:
    """The change's prediction of the leaf on each item (order: the items to try first), or None as soon
    as one item's value is not it (or, for a change that may come scaled, no multiple of it)."""
    predicted: list = [None] * len(leaf.items)
    for index in order:
        value = leaf_of(memo.result(setting, change, leaf.items[index]), leaf.path)
        with np.errstate(all="ignore"):
            predicted[index] = None if value is None else change.back(value, leaf.expected[index])
        if predicted[index] is None:
            return None
        fits = ratio(leaf.got[index], predicted[index]) is not None if change.scaled else \
            holds(leaf.got[index], predicted[index])
        if not fits:
            return None
    return predicted


def explain(leaf: Leaf, setting: Setting, changes: list[Change], memo: Memo) -> Relation | None:
    """The first change that explains the leaf on every item, as a Relation: exact fits first, then
    fits times a named factor. A changed argument changes the whole result, so the change must also
    explain every other leaf that is off. Items where the leaf is off
    come first, the cheapest reference run first: most changes fail there, after one reference run."""
    if not leaf.numeric:
        return None
    what = setting.label(leaf.path)
    masks = leaf.off_masks()
    order = sorted(range(len(leaf.items)), key=lambda i: (not masks[i].any(), leaf.items[i].work))
    fits = []
    for change in changes:
        predicted = _predictions(leaf, setting, change, memo, order)
        f = None if predicted is None else EXACT if not change.scaled else fit(leaf, predicted)
        if f is None or not all(_fits_too(other, setting, change, memo, f) for other in memo.leaves if other is not leaf):
            continue
        if f is EXACT:
            return _relation(leaf, setting, change, f, what)
        fits.append((change, f))
    return _relation(leaf, setting, *fits[0], what) if fits else None


def _fits_too(leaf: Leaf, setting: Setting, change: Change, memo: Memo, f) -> bool:
    """The change explains this other off leaf with the same factor (a right leaf, or one that is not
    numbers, is no judge: a student may get a part right that the change would spoil, a cache entry)."""
    if not leaf.numeric or not leaf.is_off:
        return True
    predicted = _predictions(leaf, setting, change, memo, range(len(leaf.items)))
    if predicted is None:
        return False
    return fit(leaf, predicted) is f


def _relation(leaf: Leaf, setting: Setting, change: Change, f, what: str) -> Relation:
    title = f"the right {what} {change.phrase}{times(f)}"

    def predict(args, kwargs, item_pick, exp):
        value = prediction(setting, change, leaf.path, args, kwargs, item_pick, exp)
        scale = f.value(_item(setting, args, kwargs, exp))
        return None if value is None or scale is None else scale * value
    return Relation(change.kind, f"your {what} is {title}: {change.cause}", title, leaf.path, predict)


def _item(setting: Setting, args: tuple, kwargs: dict, exp: Any) -> Item:
    args, kwargs = setting.bind(args, kwargs)
    return Item(args, kwargs, None, exp, exp)
