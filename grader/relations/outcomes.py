"""Relations of whole discrete results: mini-batches of indices, or the parts of a split, compared with the
right ones.

A result that is a list of 1-D integer index arrays (one epoch's mini-batches,
a split's train, validation and test indices) is judged as a whole, not batch
by batch: what matters is how the student's batches sit in the right shuffled
order. The lines speak of mini-batches where the function takes a batch_size,
else of parts (each the next positions of the shuffled order). Tried on the calls where the result
is off (the others agree with any of these), each claimed only when it holds
on every one of them:

    slices       each batch is a run of consecutive entries of the right order, but the cuts are
                 elsewhere (overlapping, skipping, too many or too few batches): the cuts are shown
                 for the first such call (they depend on n and batch_size only, not on the draw)
    within       each batch holds the right indices, in another order inside it (each batch
                 sorted: the draw is right, its order thrown away)
    permutation  every index once, batches of the right sizes, in another order than the
                 generator's permutation (another generator, or another draw)
    repeats      batches of the right sizes, indices in 0..n-1, some of them twice: drawn with
                 replacement
"""

from __future__ import annotations

from typing import Any

import numpy as np

from mlptutor.grader.relations.base import Relation
from mlptutor.grader.relations.values import Item, Setting, is_scalar

MAX_CUTS = 6  # cuts shown in a line


def _index_batches(value: Any) -> list[np.ndarray] | None:
    """The value as a list of 1-D integer arrays, or None when it is something else."""
    if type(value) not in (list, tuple) or not all(type(b) is np.ndarray for b in value):
        return None
    if not all(b.ndim == 1 and b.dtype.kind in "iu" for b in value):
        return None
    return list(value)


def _same(got: list[np.ndarray], expected: list[np.ndarray]) -> bool:
    return len(got) == len(expected) and all(np.array_equal(g, e) for g, e in zip(got, expected))


def _cuts(got: list[np.ndarray], order: np.ndarray) -> list[tuple[int, int]] | None:
    """(start, end) in `order` of each batch when every batch is a run of consecutive entries of it
    (an empty batch is the run [end of the previous one, same)); None when some batch is not."""
    position = {int(v): i for i, v in enumerate(order)}
    cuts, end = [], 0
    for b in got:
        if not len(b):
            cuts.append((end, end))
            continue
        start = position.get(int(b[0]))
        if start is None or not np.array_equal(order[start:start + len(b)], b):
            return None
        end = start + len(b)
        cuts.append((start, end))
    return cuts


def _show(cuts: list[tuple[int, int]], parts: str) -> str:
    text = ", ".join(f"[{a}:{b}]" for a, b in cuts[:MAX_CUTS])
    return text + (f", ... ({len(cuts)} {parts})" if len(cuts) > MAX_CUTS else "")


def _call_label(item: Item, setting: Setting) -> str:
    """'n = 23, batch_size = 5': the call's scalar arguments (the array and generator ones left out)."""
    return ", ".join(f"{name} = {v}" for name, v in zip(setting.parameters, item.args) if is_scalar(v))


def batches(items: list[Item], setting: Setting) -> Relation | None:
    """The student's mini-batches related to the right ones (see the module docstring), or None."""
    pairs = []
    for item in items:
        exp, got = _index_batches(item.expected), _index_batches(item.got)
        if exp is None or not exp:
            return None
        if got is None or not _same(got, exp):
            pairs.append((item, exp, got))
    if not pairs or any(got is None for _, _, got in pairs):
        return None
    what = setting.function
    return _sliced(pairs, setting, what) or _shuffled(pairs, what, setting)


def _batched(setting: Setting) -> bool:
    """Mini-batches (a batch_size sets their sizes), not the parts of a split."""
    return "batch_size" in setting.parameters


def _nouns(setting: Setting) -> tuple[str, str]:
    return ("batch", "batches") if _batched(setting) else ("part", "parts")


def _sliced(pairs, setting: Setting, what: str) -> Relation | None:
    cut = []
    for item, exp, got in pairs:
        order = np.concatenate(exp)
        cuts = _cuts(got, order)
        if cuts is None:
            return None
        cut.append((item, cuts, _cuts(exp, order)))
    item, cuts, right = cut[0]
    part, parts = _nouns(setting)
    rule = ("batch i takes positions i * batch_size up to (i + 1) * batch_size, the last one what is left"
            if _batched(setting) else "the parts take the shuffled order in turn, each its fraction of n (rounded)")
    covered = sorted(i for a, b in cuts for i in range(a, b))
    how = (f"some entries in two {parts}" if len(covered) > len(set(covered))
           else f"some entries in no {part}" if len(set(covered)) < sum(b - a for a, b in right) else "")
    count = f"{len(cuts)} {parts} where {len(right)} are due" if len(cuts) != len(right) else ""
    detail = "; ".join(t for t in (count, how) if t)
    called = _call_label(item, setting)
    line = (f"your {what} {parts} are runs of the right shuffled order, but cut in the wrong places"
            f"{' (' + detail + ')' if detail else ''}: {'for ' + called + ' ' if called else ''}your {parts} are "
            f"the positions {_show(cuts, parts)} of the shuffled order, the right ones {_show(right, parts)}; {rule}")
    return Relation("slices", line, f"the right shuffled order cut in the wrong places", ())


def _shuffled(pairs, what: str, setting: Setting) -> Relation | None:
    kinds = set()
    for _, exp, got in pairs:
        if [len(b) for b in got] != [len(b) for b in exp]:
            return None
        order, flat = np.concatenate(exp), np.concatenate(got)
        n = len(order)
        if flat.min(initial=0) < 0 or flat.max(initial=0) >= n:
            return None
        kinds.add("permutation" if np.array_equal(np.sort(flat), np.arange(n)) else "repeats")
    part, parts = _nouns(setting)
    whole = "an epoch" if _batched(setting) else "a split"
    if all(np.array_equal(np.sort(g), np.sort(e)) for _, exp, got in pairs for g, e in zip(got, exp)):
        ordered = all(np.all(np.diff(g) > 0) for _, _, got in pairs for g in got)
        how = " (each one sorted: sorting throws the shuffled order away)" if ordered else ""
        return Relation("within", f"your {what} {parts} hold the right indices, but in another order inside each "
                                  f"{part}{how}: each {part} is a run of the permutation in the permutation's order",
                        f"the right indices in another order inside each {part}", ())
    if kinds == {"permutation"}:
        return Relation("permutation", f"your {what} uses every index once in {parts} of the right sizes, but in "
                                       f"another order than one permutation of 0..n-1 drawn from the generator passed in: "
                                       f"shuffle with that generator (not np.random, not a new generator), once",
                        "another permutation than the generator's", ())
    if kinds == {"repeats"}:
        return Relation("repeats", f"your {what} has {parts} of the right sizes, but some indices come twice and "
                                   f"others never: they are drawn with replacement; {whole} is one permutation "
                                   f"of 0..n-1 drawn from the generator, sliced", "indices drawn with replacement", ())
    return None
