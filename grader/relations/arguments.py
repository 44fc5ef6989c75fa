"""Relations of arguments: the reference on another argument, or with one term left out or changed.

- argument: the reference applied to f(x) instead of x for another function f of the exercise
  (sigmoid'(sigmoid(z)): the output in place of the input), two arguments swapped, one in
  place of another, a scalar argument doubled, halved, negated, set to 1 or divided by another,
  a string argument (a mode, an activation in a cache) read as another of its values (names.py);
  or the student's value is another function of the exercise on the same arguments;
- missing-term: the reference with one argument, or one named part of one (every bias of a
  parameter dict, cache[2]), set to 0: that term of the formula is missing;
- argument: a sequence argument (layer widths, one value per layer) without its first or its last
  entry: a loop over it that starts one entry late or stops one early.
"""

from __future__ import annotations

import inspect
import re
from typing import Any, Callable

import numpy as np

from mlptutor.grader.relations.base import Relation
from mlptutor.grader.relations.changes import Change, Memo, explain
from mlptutor.grader.relations.names import name_changes
from mlptutor.grader.checks.validate import paired, pick
from mlptutor.grader.relations.values import ANY, Leaf, Setting, holds, integral, is_scalar, number, off


def _is_array(value: Any) -> bool:
    return type(value) is np.ndarray and value.dtype.kind == "f"


def _like(value: Any, x: int) -> Any:
    """x as a scalar of value's kind (an int, an np.float64, a 0-d array of its dtype)."""
    return np.asarray(x, dtype=value.dtype) if type(value) is np.ndarray else type(value)(x)


def _replace(args: tuple, i: int, value: Any) -> tuple:
    return args[:i] + (value,) + args[i + 1:]


def _unary(fn: Callable) -> bool:
    """fn takes one required positional argument."""
    try:
        params = inspect.signature(fn).parameters.values()
    except (TypeError, ValueError):
        return False
    required = [p for p in params if p.default is p.empty and p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)]
    return len(required) == 1


def _applied(fn: Callable, x: np.ndarray) -> np.ndarray | None:
    try:
        with np.errstate(all="ignore"):
            y = fn(x)
    except Exception:  # a function that does not take this input is no candidate
        return None
    y = y[0] if type(y) is tuple else y
    return y if _is_array(y) and y.shape == x.shape else None


def sibling_changes(setting: Setting, names: list[str]) -> list[Change]:
    """The reference applied to g(x) in place of the array argument x, g another function of the exercise."""
    changes = []
    for i, name in enumerate(names):
        for other, fn in setting.siblings:
            if not _unary(fn):
                continue

            def rewrite(args, kwargs, i=i, fn=fn):
                if i >= len(args) or not _is_array(args[i]):
                    return None
                y = _applied(fn, args[i])
                return None if y is None else (_replace(args, i, y), kwargs)
            changes.append(Change(
                "argument", f"taken at {other}({name}) instead of at {name}",
                f"apply it to {name} itself: {other}({name}) is already computed from {name} (an output, not the input)",
                rewrite))
    return changes


def swap_changes(names: list[str]) -> list[Change]:
    """Two arguments of one kind swapped, or one used in place of another."""
    changes = []
    for i, a in enumerate(names):
        for j, b in enumerate(names):
            if i == j:
                continue

            def alike(args, i=i, j=j):
                return max(i, j) < len(args) and (
                    (_is_array(args[i]) and _is_array(args[j]) and args[i].shape == args[j].shape)
                    or (is_scalar(args[i]) and is_scalar(args[j]))
                    or (type(args[i]) is dict and type(args[j]) is dict and args[i].keys() == args[j].keys()))
            if i < j:
                changes.append(Change(
                    "argument", f"with {a} and {b} swapped", f"check the order: {a} and {b} play different roles",
                    lambda args, kwargs, i=i, j=j, alike=alike:
                        (_replace(_replace(args, i, args[j]), j, args[i]), kwargs) if alike(args) else None))
            changes.append(Change(
                "argument", f"computed with {b} where {a} belongs", f"use {a} there, not {b}",
                lambda args, kwargs, i=i, j=j, alike=alike:
                    (_replace(args, i, args[j]), kwargs) if alike(args) else None))
    return changes


def _key(step: Any) -> Any:
    """One step of a part's path: list positions merged (ANY), digits stripped from dict keys ("W1" -> "W")."""
    return re.sub(r"\d+$", "", step) if isinstance(step, str) else step


def _parts(value: Any, path: tuple = ()) -> list[tuple]:
    """The group keys of the float arrays inside a nested argument: one per kind of entry, every layer alike."""
    if type(value) is tuple:
        return [k for i, v in enumerate(value) for k in _parts(v, path + (i,))]
    if type(value) is list:
        return [k for v in value for k in _parts(v, path + (ANY,))]
    if type(value) is dict:
        return [k for key, v in value.items() for k in _parts(v, path + (_key(str(key)),))]
    return [path] if _is_array(value) and path else []


def _map_part(value: Any, group: tuple, op: Callable, path: tuple = ()) -> Any:
    """value with op applied to every array whose group key is `group` (None: to every array)."""
    if type(value) is tuple:
        return tuple(_map_part(v, group, op, path + (i,)) for i, v in enumerate(value))
    if type(value) is list:
        return [_map_part(v, group, op, path + (ANY,)) for v in value]
    if type(value) is dict:
        return {k: _map_part(v, group, op, path + (_key(str(k)),)) for k, v in value.items()}
    return op(value) if _is_array(value) and (group is None or path == group) else value


def _part_label(name: str, group: tuple) -> str:
    if not group:
        return name
    keys = "".join("[l]" if p == ANY else f"[{p!r}]" for p in group)
    return f"{name}{keys}"


ARRAY_OPS = (
    ("missing-term", "without its {p} term (as if {p} were 0)", "the {p} term of the formula is missing",
     lambda v: np.zeros_like(v)),
    ("argument", "as if {p} were all ones", "{p} does not enter the result: multiply by it", lambda v: np.ones_like(v)),
    ("argument", "with {p} negated", "{p} enters with the wrong sign", lambda v: -v),
    ("argument", "with {p} doubled", "the {p} term is counted twice", lambda v: 2 * v),
    ("argument", "with {p} halved", "the {p} term is counted half", lambda v: v / 2),
    ("argument", "with {p} transposed", "{p} enters transposed: check the order of the factors of the product",
     lambda v: v.T if v.ndim == 2 and v.shape[0] == v.shape[1] else v),
    # float32 numbers are float64 ones exactly: the reference on them is what float64 code gives after the cast
    ("argument", "with {p} rounded to float32", "{p} is cast to float32 (np.float32, astype, an array of that dtype "
     "it is copied into) before it is used: keep the float64 values", lambda v: v.astype(np.float32).astype(v.dtype)),
)

SCALAR_OPS = (
    ("missing-term", "without its {p} term (as if {p} were 0)", "the {p} term of the formula is missing",
     lambda v: _like(v, 0)),
    ("argument", "as if {p} were 1", "{p} is not applied", lambda v: _like(v, 1)),
    ("argument", "as if {p} were 2 {p}", "the {p} term is applied twice", lambda v: 2 * v),
    ("argument", "as if {p} were {p} / 2", "the {p} term is applied half",
     lambda v: -(-v // 2) if integral(v) else v / 2),  # a count halved rounds up (a step of 2 per epoch)
    ("argument", "with the sign of {p} flipped", "the {p} term enters with the wrong sign", lambda v: -v),
    ("argument", "as if {p} were {p} squared", "{p} enters once too often", lambda v: v * v),
    ("argument", "as if {p} were {p} + 1", "{p} is off by one", lambda v: v + 1 if integral(v) else None),
    ("argument", "as if {p} were {p} - 1", "{p} is off by one", lambda v: v - 1 if integral(v) else None),
)


def part_changes(names: list[str], first: tuple, defaults: dict) -> list[Change]:
    """Scalar arguments first: set to 0 or 1 or their default, doubled, halved, negated, squared, off by
    one, or divided or multiplied by another scalar argument. Then array arguments, whole and then each
    named part of a nested one (every bias of a parameter dict, cache[2]): zeroed, set to ones, negated,
    doubled, halved or transposed."""
    scalars, arrays = [], []
    for i, name in enumerate(names):
        value = first[i] if i < len(first) else None
        if is_scalar(value):
            if is_scalar(defaults.get(name)):
                scalars.append(Change(
                    "argument", f"as if {name} were its default {defaults[name]}",
                    f"the argument {name} is ignored: use the value passed in",
                    lambda args, kwargs, i=i, d=defaults[name]: _scalar(args, kwargs, i, lambda v: d)))
            for kind, phrase, cause, op in SCALAR_OPS:
                scalars.append(Change(kind, phrase.format(p=name), cause.format(p=name),
                                      lambda args, kwargs, i=i, op=op: _scalar(args, kwargs, i, op)))
            if integral(value):
                scalars.append(Change(
                    "argument", f"as if {name} were unlimited (never reached)",
                    f"the limit {name} sets never takes effect: check the counter compared with it and where it changes",
                    lambda args, kwargs, i=i: _scalar(args, kwargs, i, lambda v: _beyond(args))))
            for j, other in enumerate(names):
                if j != i and j < len(first) and is_scalar(first[j]):
                    for sym, op in (("/", lambda a, b: a / b if b else None), ("*", lambda a, b: a * b)):
                        scalars.append(Change(
                            "argument", f"as if {name} were {name} {sym} {other}",
                            f"{name} and {other} enter the formula differently: check the {name} term",
                            lambda args, kwargs, i=i, j=j, op=op: _scalar(args, kwargs, i, lambda v: op(v, args[j]))))
            continue
        groups = [()] if _is_array(value) else [None, *dict.fromkeys(_parts(value))] if _parts(value) else []
        for group in groups:
            label = _part_label(name, group or ())
            for kind, phrase, cause, op in ARRAY_OPS:
                arrays.append(Change(kind, phrase.format(p=label), cause.format(p=label),
                                     lambda args, kwargs, i=i, group=group, op=op: _array(args, kwargs, i, group, op)))
    return scalars + arrays


def _beyond(args: tuple) -> int | None:
    """A count no list argument reaches (longer than every one of them), or None without a list argument."""
    lengths = [len(a) for a in args if type(a) is list]
    return max(lengths) + 1 if lengths else None


def _scalar(args, kwargs, i, op):
    if i >= len(args) or not is_scalar(args[i]):
        return None
    value = op(args[i])
    return None if value is None else (_replace(args, i, value), kwargs)


def _array(args, kwargs, i, group, op):
    if i >= len(args):
        return None
    return _replace(args, i, _map_part(args[i], group, op)), kwargs


def function_changes(setting: Setting) -> list[Change]:
    """Another function of the exercise, on the same arguments, in place of this one."""
    return [Change("argument", f"replaced by what {other} gives", f"this is {other}, not {setting.function}",
                   lambda args, kwargs: (args, kwargs), call=fn)
            for other, fn in setting.siblings if other != setting.function]


def identity_changes(names: list[str]) -> list[Change]:
    """The student's value is one of the arguments, unchanged."""
    def rewrite_for(i):
        return lambda args, kwargs: ((args[i],), {}) if i < len(args) and _is_array(args[i]) else None
    return [Change("argument", f"replaced by its argument {name}, unchanged", f"compute from {name}, do not return it",
                   rewrite_for(i), call=lambda x: x, picked=False) for i, name in enumerate(names)]


def mirror_changes(names: list[str]) -> list[Change]:
    """-f(-x): the branches of a piecewise formula swapped (what belongs to x > 0 done for x < 0)."""
    return [Change("argument", f"mirrored, minus its value at -{name}",
                   f"the branches for {name} > 0 and {name} < 0 are swapped: check which side each one takes",
                   lambda args, kwargs, i=i: (_replace(args, i, -args[i]), kwargs)
                   if i < len(args) and _is_array(args[i]) else None, back=lambda value, exp: -value)
            for i, name in enumerate(names)]


def _numbered(value: Any) -> int:
    """L for a dict of layers W1, b1, ..., WL, bL (keys a name and a number), else 0."""
    if type(value) is not dict or not value:
        return 0
    found = [re.fullmatch(r"[A-Za-z_]+(\d+)", str(k)) for k in value]
    return max(int(m.group(1)) for m in found) if all(found) else 0


def _without_last_layer(args: tuple, kwargs: dict):
    """The arguments of a network with its last layer taken away: the keys numbered L of a dict of
    layers, and the last entry of every list with one entry per layer; None without such a dict."""
    layers = max((_numbered(a) for a in args), default=0)
    if not layers:
        return None

    def cut(a):
        if _numbered(a) == layers:
            return {k: v for k, v in a.items() if _numbered({k: v}) != layers}
        return a[:-1] if type(a) is list and len(a) == layers else a
    return tuple(cut(a) for a in args), kwargs


LAYER_CHANGES = [Change("argument", "of the network without its last layer",
                        "the last layer is never applied: check the loop over the layers runs through L", _without_last_layer)]


def _sequence(value: Any) -> bool:
    """A list of numbers (layer widths) or a 1-D float array (one value per layer) with 2 entries at least."""
    if type(value) is list:
        return len(value) >= 2 and all(type(v) in (int, float) for v in value)
    return _is_array(value) and value.ndim == 1 and value.size >= 2


def end_changes(names: list[str]) -> list[Change]:
    """A sequence argument without its first or its last entry: a loop over it that starts one entry late
    or stops one early (range(1, n), range(n - 1))."""
    changes = []
    for i, name in enumerate(names):
        for part, phrase, cause in (
                (slice(None, -1), f"computed without the last entry of {name} ({name}[:-1])",
                 f"the loop over {name} stops one entry early: check the end of its range"),
                (slice(1, None), f"computed without the first entry of {name} ({name}[1:])",
                 f"the loop over {name} starts one entry late: check the start of its range")):
            changes.append(Change("argument", phrase, cause,
                                  lambda args, kwargs, i=i, part=part: (_replace(args, i, args[i][part]), kwargs)
                                  if i < len(args) and _sequence(args[i]) else None))
    return changes


def changes_for(setting: Setting, leaf: Leaf) -> list[Change]:
    names = setting.parameters
    return (sibling_changes(setting, names) + swap_changes(names) + function_changes(setting)
            + (identity_changes(names) if leaf.path == () else []) + part_changes(names, leaf.items[0].args, setting.defaults)
            + name_changes(setting, leaf) + LAYER_CHANGES + end_changes(names) + mirror_changes(names))


def whole_changed(items: list, setting: Setting, memo: Memo) -> Relation | None:
    """The whole result (of another structure than the right one: fewer caches, other keys) is the
    reference's on changed arguments, on every call."""
    key = ("argument changes", True)
    if key not in memo.changes:
        memo.changes[key] = changes_for(setting, Leaf((), tuple(items), (), (), ()))
    what = setting.label(())
    # the cheapest reference run first: most changes fail on it (a capstone's result of the wrong layout: 26 of the
    # 54 s of its naming went to the digits run rerun per change, before the small runs that fail alike)
    items = sorted(items, key=lambda item: item.work)
    for change in memo.changes[key]:
        if all(_close_values(item.got, memo.result(setting, change, item)) for item in items):
            return Relation(change.kind, f"your {what} is the right {what} {change.phrase}: {change.cause}",
                            f"the right {what} {change.phrase}", ())
    return None


def _close_values(got: Any, predicted: Any) -> bool:
    """The same structure (a dict's keys in any order), numbers equal up to rounding, other leaves equal."""
    pairs = None if predicted is None else paired(got, predicted)
    if pairs is None:
        return False
    for x, y in pairs:
        a, b = number(x), number(y)
        if a is None or b is None:  # an array here is of no number dtype (complex): equal to no prediction
            if type(x) is np.ndarray or type(y) is np.ndarray or type(x) is not type(y) or x != y:
                return False
        elif not holds(a, b):
            return False
    return True


def arguments(leaf: Leaf, setting: Setting, memo: Memo) -> Relation | None:
    """The reference on another argument, with a term left out, or another function of the exercise."""
    key = ("argument changes", leaf.path == ())
    if key not in memo.changes:
        memo.changes[key] = changes_for(setting, leaf)
    return explain(leaf, setting, memo.changes[key], memo)


def _nodes(value: Any, label: str) -> list[tuple[str, Any]]:
    """(label, value) of an argument and of every part inside it: 'cache', 'cache[0]', "params['W1']"."""
    found = [(label, value)]
    if type(value) in (tuple, list):
        for i, v in enumerate(value):
            found += _nodes(v, f"{label}[{i}]")
    elif type(value) is dict:
        for k, v in value.items():
            found += _nodes(v, f"{label}[{k!r}]")
    return found


def _equal(a: Any, b: Any) -> bool:
    """The same plain data: structure (a dict's keys in any order), arrays entry by entry (NaN equal to NaN),
    other leaves by value."""
    pairs = paired(a, b)
    if pairs is None:
        return False
    for x, y in pairs:
        if type(x) is np.ndarray or type(y) is np.ndarray:
            if not (type(x) is np.ndarray and type(y) is np.ndarray and x.shape == y.shape
                    and np.array_equal(x, y, equal_nan=x.dtype.kind == "f" and y.dtype.kind == "f")):
                return False
        elif type(x) is not type(y) or x != y:
            return False
    return True


def _got_at(item, path: tuple) -> Any:
    try:
        return pick(item.got, path)
    except (KeyError, IndexError, TypeError):
        return None


def _off_items(leaf: Leaf) -> tuple[list, bool]:
    """The items where the leaf is off (all of them for the whole result), and whether that is only some."""
    if len(leaf.got) != len(leaf.items):
        return list(leaf.items), False
    wrong = [g is None or bool(off(g, e).any()) for g, e in zip(leaf.got, leaf.expected)]
    chosen = [item for item, w in zip(leaf.items, wrong) if w]
    return chosen, len(chosen) < len(leaf.items)


def returned_argument(leaf: Leaf, setting: Setting) -> Relation | None:
    """The leaf (or the whole result) is one of the arguments, or a part of one, as it was passed in: on
    every call, or on every call where it is off (a branch that returns an argument; a number then needs
    two such inputs, one could be a coincidence, as one input's number always does, however many checks call it). Where the right value is that
    argument as it came on another call, the branch is the right one's own, taken on the wrong inputs
    (`_passed_through`): said so, and only when no other leaf has a relation (a wrong norm's, weak)."""
    names = setting.parameters
    what = setting.label(leaf.path)
    items, some = _off_items(leaf)
    if not items or (leaf.numeric and _inputs(items) < 2 and (some or all(g.size == 1 for g in leaf.got))):
        return None
    tables = [_table(item, names) for item in items]
    for label in tables[0]:
        if not all(label in t for t in tables):
            continue
        if all(_equal(_got_at(item, leaf.path), t[label]) for item, t in zip(items, tables)):
            where = f"on the {len(items)} inputs where it is wrong, " if some else ""
            if some and _passed_through(leaf, items, label, names):  # the right one's own branch, taken wrongly
                return Relation("argument", f"{where}your {what} equals the argument {label} as it came, as the right "
                                            f"{what} does only on other inputs: check what decides between the two "
                                            f"(a condition, and what it measures)",
                                f"the argument {label} as it came where the right one differs", leaf.path, weak=True)
            return Relation("argument", f"{where}your {what} is the argument {label} itself, as it was passed in: "
                                        f"compute the result from it", f"the argument {label}", leaf.path)
    return None


def _inputs(items: list) -> int:
    """How many different inputs the items' calls ran on: one input that two checks call is one coincidence."""
    kept = []
    for item in items:
        if not any(_equal((item.args, item.kwargs), (k.args, k.kwargs)) for k in kept):
            kept.append(item)
    return len(kept)


def _table(item, names: list[str]) -> dict:
    """label -> value of every argument of the call and every part inside one."""
    return dict(n for name, v in zip(names, item.args) for n in _nodes(v, name))


def _passed_through(leaf: Leaf, off_items: list, label: str, names: list[str]) -> bool:
    """The right value is the argument `label` as it came on some call where the student's is right (gradients
    left unclipped below max_norm): then the student's, being it where it is off, took that branch on the
    wrong inputs (a wrong norm, a wrong condition), which "compute the result from it" would misname."""
    wrong = {id(item) for item in off_items}
    for item in leaf.items:
        if id(item) in wrong:
            continue
        value = _table(item, names).get(label)
        try:
            right = pick(item.expected, leaf.path)
        except (KeyError, IndexError, TypeError):
            continue
        if value is not None and _equal(right, value):
            return True
    return False
