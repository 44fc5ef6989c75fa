"""Wrong only on some calls, rows or entries, and what those share: batch size 1, large values (or only
ordinary ones, right on large), one class, the sign of the input, a name among the arguments (an
activation, a mode: every call naming it, or some of them with every other call right), a position that
is the last one of a list argument (a run that reaches the end of its curve). Said only when the wrong
ones and the right ones are told apart by that property alone (a threshold with every wrong one on one
side and every right one on the other)."""

from __future__ import annotations

import numpy as np

from mlptutor.grader.relations.base import Relation, compact, factors, matching_factor
from mlptutor.grader.relations.values import Leaf, Setting, batch_array


def _argument_like(item, shape: tuple) -> np.ndarray | None:
    """The first float array argument of exactly `shape` (the input a leaf's entries come from)."""
    return next((a for a in item.array_arguments() if a.shape == shape), None)


def _rows_of(item, n: int) -> np.ndarray | None:
    """The first 2-D float array argument with n rows."""
    return next((a for a in item.array_arguments() if a.ndim == 2 and a.shape[0] == n), None)


def _one_hot(a: np.ndarray) -> bool:
    return a.ndim == 2 and a.shape[1] > 1 and bool(np.all((a == 0) | (a == 1))) and bool(np.all(a.sum(axis=1) == 1))


def _separated(wrong: np.ndarray, right: np.ndarray, ordinary: int = 3) -> tuple[float, float] | None:
    """(smallest wrong, largest right) when every wrong value is well above every right one, and ordinary
    values (up to 1 at least, `ordinary` of them or more) are right: "large" means large, not "not zero".
    (Called with the roles swapped, it finds right values well above every wrong one.)"""
    if wrong.size and right.size >= ordinary and right.max() >= 1 and wrong.min() > 2 * right.max():
        return float(wrong.min()), float(right.max())
    return None


def some_rows(leaf: Leaf, setting: Setting) -> Relation | None:
    if not leaf.numeric:
        return None
    what = setting.label(leaf.path)
    masks = leaf.off_masks()
    wrong_items = [bool(m.any()) for m in masks]
    if all(wrong_items) and all(m.all() for m in masks):
        return None
    # a call that raised is wrong too: a claim of where the values are wrong must hold on it (one on an empty batch
    # has no entries, rows or size to be wrong at: find() tells those apart)
    raised = tuple(args for args in setting.raised if _batch_size(args) != 0)
    if raised:
        return (_batch_of_one(leaf, what, wrong_items, raised) or _calls_with(leaf, what, wrong_items, raised))
    return (_batch_of_one(leaf, what, wrong_items) or _entries(leaf, what, masks) or _rows(leaf, what, masks)
            or _factor_with(leaf, setting, what, wrong_items) or _calls_with(leaf, what, wrong_items)
            or _at_last(leaf, setting, what, wrong_items))


def _batch_of_one(leaf: Leaf, what: str, wrong_items: list[bool], raised: tuple = ()) -> Relation | None:
    ones = [item.sizes[0] == 1 for item in leaf.items]
    if any(_batch_size(args) != 1 for args in raised):  # a larger batch raised
        return None
    if any(wrong_items) and wrong_items == ones and not all(ones):
        return Relation("some-rows", f"your {what} is wrong only for a batch of one row (N = 1) and right for "
                                     f"larger batches: a squeeze, a len() or a reshape that a single row trips"
                                     f"{_RAISES if raised else ''}", f"the right {what} except for batches of one row",
                        leaf.path)
    return None


_RAISES = " (where it raises on a single row, its rows say so)"


def _batch_size(args: tuple) -> int | None:
    """N of a call's arguments as `Item.sizes` reads it: the rows of the first 2-D array argument, else a vector
    argument's length (arrays inside a dict or a tuple are no batch)."""
    first = batch_array([v for v in args if type(v) is np.ndarray])
    return None if first is None else first.shape[0]


def _entries(leaf: Leaf, what: str, masks: list[np.ndarray]) -> Relation | None:
    """Entrywise (an input of the leaf's own shape): wrong exactly where the input is negative, positive,
    zero, or large in magnitude."""
    inputs = [_argument_like(item, g.shape) for item, g in zip(leaf.items, leaf.got)]
    if any(x is None for x in inputs):
        return None
    x = np.concatenate([a.ravel() for a in inputs])
    wrong = np.concatenate([m.ravel() for m in masks])
    if wrong.all() or not wrong.any():
        return None
    # a region with right entries in it too is told by the entries only when they split: two calls off, or one off in
    # some entries only; one call off in every entry is off as a whole, and its input holds whatever it happens to
    # (a gradient kept from an earlier call, on a call whose cache's biases are all 0: "wrong only where the input is
    # exactly 0")
    split = sum(bool(m.any()) for m in masks) >= 2 or any(m.any() and not m.all() for m in masks)
    # the smallest region holding every wrong entry (everything outside it is right)
    for name, where in (("exactly 0", x == 0), ("negative", x < 0), ("positive", x > 0), ("at most 0", x <= 0),
                        ("at least 0", x >= 0)):
        if where.all() or not where[wrong].all():
            continue
        same = np.array_equal(wrong, where)
        if not (split or same):
            continue
        exact = "exactly" if same else "only"
        large = exact == "only" and name in ("negative", "positive") and _large_of_one_sign(leaf, what, x, wrong, name,
                                                                                            where)
        if large:
            return large
        return Relation("some-rows", f"your {what} is wrong {exact} where the input is {name} and right elsewhere: "
                                     f"check that branch of the formula (its condition or its value)",
                        f"the right {what} except where the input is {name}", leaf.path)
    if (gap := _separated(np.abs(x[wrong]), np.abs(x[~wrong]))):
        return Relation("some-rows", f"your {what} is wrong only for inputs of large magnitude (|x| >= "
                                     f"{compact(gap[0])}; right up to {compact(gap[1])}): overflow or a lost "
                                     f"digit, use a numerically stable form", f"the right {what} except on large inputs",
                        leaf.path)
    return None


def _large_of_one_sign(leaf: Leaf, what: str, x: np.ndarray, wrong: np.ndarray, name: str,
                       side: np.ndarray) -> Relation | None:
    """Wrong only on the large inputs of one sign (`side`: the inputs of that sign), right on its ordinary ones and
    on every input of the other: exp(z) / (1 + exp(z))^2 overflows for z >= 710 alone, and the sign is no branch of
    that formula (it was told "wrong only where the input is positive ...: check that branch of the formula")."""
    gap = _separated(np.abs(x[wrong]), np.abs(x[side & ~wrong]))
    if gap is None:
        return None
    other, bound = ("negative", ">= ") if name == "positive" else ("positive", "<= -")
    return Relation("some-rows", f"your {what} is wrong only for large {name} inputs (x {bound}{compact(gap[0])}; "
                                 f"right up to |x| = {compact(gap[1])} and for every {other} input): overflow or a "
                                 f"lost digit, use a numerically stable form",
                    f"the right {what} except on large {name} inputs", leaf.path)


def large_only(leaf: Leaf, setting: Setting) -> Relation | None:
    """Entrywise (an input of the leaf's own shape): right on the inputs of large magnitude (and maybe at 0)
    and wrong on every ordinary one: an activation's limits right, the curve in between off. Tried last: a
    factor or a term off that vanishes in the limits says more. Not where a call raised (it is no right limit)."""
    if not leaf.numeric or any(_batch_size(args) != 0 for args in setting.raised):
        return None
    inputs = [_argument_like(item, g.shape) for item, g in zip(leaf.items, leaf.got)]
    if any(x is None for x in inputs):
        return None
    x = np.concatenate([a.ravel() for a in inputs])
    wrong = np.concatenate([m.ravel() for m in leaf.off_masks()])
    if wrong.all() or not wrong.any():
        return None
    # at 0 many formulas vanish whatever their constants: a right value there tells nothing
    if (gap := _separated(np.abs(x[~wrong & (x != 0)]), np.abs(x[wrong]), ordinary=1)):
        what = setting.label(leaf.path)
        return Relation("some-rows", f"your {what} is right only on inputs of large magnitude (|x| >= "
                                     f"{compact(gap[0])}) and wrong on ordinary ones (up to |x| = {compact(gap[1])}): "
                                     f"its limits are right, the formula in between is not; check its constants and "
                                     f"inner terms", f"the right {what} on large inputs only", leaf.path)
    return None


def _rows(leaf: Leaf, what: str, masks: list[np.ndarray]) -> Relation | None:
    """Row-wise: wrong exactly on the rows with large values, or of one class."""
    if not all(g.ndim >= 1 for g in leaf.got):
        return None
    wrong_rows, sizes, classes = [], [], []
    for item, got, mask in zip(leaf.items, leaf.got, masks):
        rows = _rows_of(item, got.shape[0])
        if rows is None:
            return None
        wrong_rows.append(mask.reshape(got.shape[0], -1).any(axis=1))
        sizes.append(np.abs(rows).max(axis=1))
        onehot = next((a for a in item.array_arguments() if a.shape[0] == got.shape[0] and _one_hot(a)), None)
        classes.append(None if onehot is None else onehot.argmax(axis=1))
    wrong, size = np.concatenate(wrong_rows), np.concatenate(sizes)
    if wrong.all() or not wrong.any():
        return None
    if (gap := _separated(size[wrong], size[~wrong])):
        return Relation("some-rows", f"your {what} is wrong only on rows with large values (largest |entry| >= "
                                     f"{compact(gap[0])}; right up to {compact(gap[1])}): overflow in exp or a "
                                     f"shift taken over the wrong entries, use a numerically stable form per row",
                        f"the right {what} except on rows with large values", leaf.path)
    if all(c is not None for c in classes):
        label = np.concatenate(classes)
        wrong_classes = set(label[wrong].tolist())
        if len(wrong_classes) == 1 and not set(label[~wrong].tolist()) & wrong_classes:
            k = wrong_classes.pop()
            return Relation("some-rows", f"your {what} is wrong only on the rows whose class is {k}: check how the "
                                         f"class index or the one-hot target is used", f"the right {what} except on "
                                         f"the rows of class {k}", leaf.path)
    return None


def choices(args: tuple, kwargs: dict) -> set[str]:
    """The names a call's arguments choose, which a relation may say the calls split on: a string argument, an
    entry of a list of strings (an activation per layer), a string at a dict's key (a cache's "activation").
    Not a string inside other data (a graph's node and variable names, its ops): a graph holds a dozen names,
    and one of them splits a few calls by chance ("wrong on the inputs that name 'add'" for gradients left
    over from an earlier call); nor a string argument that names something inside another argument
    (graph_backward's output, a node of its graph)."""
    values = [*args, *kwargs.values()]
    found = set()
    for i, value in enumerate(values):
        mentioned = set().union(*(_mentioned(v) for j, v in enumerate(values) if j != i))
        found |= _chosen(value, top=True) - mentioned
    return found


def _chosen(value, top: bool = False) -> set[str]:
    if type(value) is str:
        return {value} if top else set()
    if isinstance(value, dict):
        return {v for v in value.values() if type(v) is str}.union(*(_chosen(v) for v in value.values()))
    if isinstance(value, (list, tuple)):
        if top and value and all(type(v) is str for v in value):
            return set(value)
        return set().union(*(_chosen(v) for v in value))
    return set()


def _mentioned(value) -> set[str]:
    """Every string inside a value, a dict's keys too."""
    if type(value) is str:
        return {value}
    if isinstance(value, dict):
        return {k for k in value if type(k) is str}.union(*(_mentioned(v) for v in value.values()))
    if isinstance(value, (list, tuple)):
        return set().union(*(_mentioned(v) for v in value))
    return set()


def _calls_with(leaf: Leaf, what: str, wrong_items: list[bool], raised: tuple = ()) -> Relation | None:
    """Wrong exactly on the calls whose arguments name some string (an activation, a mode), right on the rest;
    else wrong on two or more of the calls naming one string (the only one all of them name and not every call
    does), right on every other call: that branch is wrong where its values show it (a sigmoid wrong for z >= 0
    only, say). Neither is told of one wrong call beside one right one: it is split exactly by every name the right
    one lacks (mlp's layer-2 cache, wrong with a 'tanh' third layer where the sigmoid before it was wrong); one
    wrong call beside two right ones or more is told when it alone names the string (an 'eval' call among 'train'
    ones). Calls that raised are wrong ones (bound: their keywords are positional)."""
    wrong, right = sum(wrong_items) + len(raised), len(wrong_items) - sum(wrong_items)
    if all(wrong_items) or not wrong or (wrong, right) == (1, 1):
        return None
    names = [choices(item.args, item.kwargs) for item in leaf.items] + [choices(args, {}) for args in raised]
    wrong_items = wrong_items + [True] * len(raised)
    exact = [name for name in sorted(set().union(*names)) if [name in n for n in names] == wrong_items]
    if len(exact) == 1:  # two names splitting the calls alike: which branch is wrong is a guess
        name, = exact
        return Relation("some-rows", f"your {what} is wrong exactly on the inputs that name {name!r} and right "
                                     f"on the others: check what your code does for {name!r}",
                        f"the right {what} except with {name!r}", leaf.path)
    within = [(sum(name in n for n in names), name) for name in sorted(set().union(*names))
              if all(name in n for n, w in zip(names, wrong_items) if w) and not all(name in n for n in names)]
    # wrong calls that name several strings (a sigmoid layer and an identity one): which branch is wrong is a guess;
    # so is one wrong call among right ones naming its string too (a wrong input, not a wrong branch)
    if len(within) != 1 or wrong < 2:
        return None
    (count, name), = within
    return Relation("some-rows", f"your {what} is wrong only on inputs that name {name!r} ({sum(wrong_items)} of the "
                                 f"{count} such inputs) and right on every other input: check what your code does "
                                 f"for {name!r}", f"the right {what} except on some inputs with {name!r}", leaf.path)


def _factor_with(leaf: Leaf, setting: Setting, what: str, wrong_items: list[bool]) -> Relation | None:
    """Right on every call that does not name some string (an eval mode), and a named factor of the right
    value on every call that does (a factor of 1 allowed there: p = 0)."""
    if all(wrong_items) or not any(wrong_items) or not all(g.shape == e.shape for g, e in zip(leaf.got, leaf.expected)):
        return None
    names = [choices(item.args, item.kwargs) for item in leaf.items]
    for name in sorted(set().union(*names)):
        naming = [name in n for n in names]
        if any(w and not n for w, n in zip(wrong_items, naming)):
            continue
        chosen = [i for i, n in enumerate(naming) if n]
        part = Leaf(leaf.path, *(tuple(field[i] for i in chosen) for field in
                                 (leaf.items, leaf.expected, leaf.got, leaf.dtypes, leaf.expected_dtypes)))
        f = matching_factor(part, list(part.expected), factors(setting))
        if f is not None:
            meaning = f" ({f.meaning})" if f.meaning else ""
            return Relation("factor", f"your {what} is the right one times {f.name}{meaning} on the inputs that "
                                      f"name {name!r}, and right on the others: {f.cause}",
                            f"the right {what} times {f.name} with {name!r}", leaf.path)
    return None


def _at_last(leaf: Leaf, setting: Setting, what: str, wrong_items: list[bool]) -> Relation | None:
    """A position per call (an epoch): wrong only on calls whose right value is the last position of a
    list argument, len(x) - 1 (the loop ran to the end), and right on every other call (some there)."""
    if all(wrong_items) or sum(wrong_items) < 2 or not all(e.ndim == 0 for e in leaf.expected):
        return None
    for i, name in enumerate(setting.parameters):
        if not all(i < len(item.args) and type(item.args[i]) is list for item in leaf.items):
            continue
        last = [float(e) == len(item.args[i]) - 1 for item, e in zip(leaf.items, leaf.expected)]
        # every wrong call ends there, and calls that end elsewhere are right (a run may also stop at the end)
        if any(w and not at for w, at in zip(wrong_items, last)) or all(last):
            continue
        diffs = {float(g) - float(e) for g, e, w in zip(leaf.got, leaf.expected, wrong_items) if w}
        k = diffs.pop() - 1 if len(diffs) == 1 else None  # the student's value there is len(x) + k
        there = ("there it is something else" if k is None else f"there it is len({name})" if k == 0
                 else f"there it is len({name}) {'+' if k > 0 else '-'} {compact(abs(k))}")
        return Relation("some-rows", f"your {what} is wrong only where the right one is the last position "
                                     f"len({name}) - 1 (the run reaches the end of {name}) and right on the other "
                                     f"inputs: {there}; check the value returned after the loop",
                        f"the right {what} except at the end of {name}", leaf.path)
    return None
