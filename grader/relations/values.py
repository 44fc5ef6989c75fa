"""What every relation family reads: the failing calls as (arguments, expected, got), leaf by leaf.

An `Item` is one piece of evidence with the reference's value beside the
student's; a `Leaf` is one array or number of the result (dW of (dA, dW, db),
W1 of a dict) over every item. Only trusted values live here: the student's
numbers came back as plain data and are compared, never called.
"""

from __future__ import annotations

import inspect
import warnings
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Callable

import numpy as np

from mlptutor.grader.checks.base import Evidence
from mlptutor.grader.checks.cases import Case, run_trusted
from mlptutor.grader.checks.tolerance import RTOL, atol_for
from mlptutor.grader.checks.validate import leaves, pick
from mlptutor.grader.effort import Allowance, counted, package
from mlptutor.grader.mistakes import Replays

# a relation "holds" at this tolerance (below float32's 1e-7 relative rounding of every operation, which a
# relation must tell apart: float32 has its own family)
HOLD_RTOL, HOLD_ATOL = 1e-9, 1e-12


def number(value: Any) -> np.ndarray | None:
    """A float64 array of a numeric leaf (exact ndarray of a number dtype, int or float), else None."""
    if type(value) is np.ndarray and value.dtype.kind in "fiub":
        return value.astype(np.float64)
    if type(value) in (float, int, bool) or isinstance(value, (np.floating, np.integer, np.bool_)):
        try:
            return np.asarray(float(value))
        except OverflowError:  # an int past float64's range (10**400): an OverflowError here stopped the grade
            return None
    return None


def is_scalar(value: Any) -> bool:
    """A number argument: a Python int or float, a numpy integer or floating scalar, or a 0-d array of one (a case's
    b * scale is an np.float64: "the sign of b flipped" must be tried on it as on a float); never a bool."""
    if type(value) in (int, float) or isinstance(value, (np.integer, np.floating)):
        return True
    return type(value) is np.ndarray and value.ndim == 0 and value.dtype.kind in "iuf"


def is_float(value: Any) -> bool:
    """A float argument in any form: Python's, a numpy floating scalar, a 0-d float array (a step h, a probability
    p drawn with numpy); never an integer or a bool."""
    return is_scalar(value) and not integral(value)


def integral(value: Any) -> bool:
    """A whole-number scalar argument (a count): int, a numpy integer, or a 0-d array of one."""
    return type(value) is int or isinstance(value, np.integer) or (
        type(value) is np.ndarray and value.ndim == 0 and value.dtype.kind in "iu")


def _close(got: np.ndarray, target: np.ndarray, rtol: float, atol: float) -> np.ndarray:
    """numpy.isclose(got, target, rtol, atol, equal_nan=True), entry by entry, without its overhead."""
    with np.errstate(invalid="ignore", over="ignore"):
        # an infinite target's bound is infinite: only the same infinity equals it (below)
        ok = (np.abs(got - target) <= atol + rtol * np.abs(target)) & np.isfinite(target)
    if ok.all():
        return ok
    # NaN equals NaN, an infinity equals the same infinity
    return ok | (np.isnan(got) & np.isnan(target)) | (np.isinf(got) & (got == target))


def holds(got: np.ndarray, predicted: np.ndarray | None) -> bool:
    """got equals the prediction up to rounding (same shape, NaN equal to NaN)."""
    if predicted is None or got.shape != predicted.shape:
        return False
    finite = np.abs(predicted[np.isfinite(predicted)])
    scale = float(finite.max()) if finite.size else 0.0
    return bool(_close(got, predicted, HOLD_RTOL, HOLD_ATOL + 1e-12 * scale).all())


def holds_each(got: np.ndarray, predicted: np.ndarray) -> np.ndarray:
    """holds, entry by entry (the two broadcast): each entry's tolerance scaled by its own predicted value, as
    holds of that entry alone gives it."""
    scale = np.where(np.isfinite(predicted), np.abs(predicted), 0.0)
    return _close(got, predicted, HOLD_RTOL, HOLD_ATOL + 1e-12 * scale)


def one_number(arrays) -> bool:
    """Two entries at least, over all the arrays, and every one the same number (up to rounding): values that are
    one number too relate to them by any factor, offset or swap at all (a layer's index 2 where 1 is due is twice
    it, 1 more, and the right index of the next layer), so no such relation is said between the two."""
    flat = np.concatenate([np.ravel(a) for a in arrays]) if len(arrays) else np.zeros(0)
    return flat.size >= 2 and holds(flat, np.full_like(flat, flat[0]))


def few_counts(leaves: "list[Leaf]") -> bool:
    """The right values are whole numbers by type (a count of mistakes, of correct rows) and, where the student's
    are off, not two different nonzero ones, over all the leaves: small whole numbers are each other's multiples,
    squares and shifts by chance (1 mistake in an epoch where 4 are due is "times 1/N" for 4 examples, 2 "the
    square root of" 4; 2 of 4 XOR rows correct where 4 are due, twice, "does not depend on the input"), so no
    relation between their values is said on so little."""
    counts = []
    for leaf in leaves:
        if not leaf.numeric or not leaf.expected_dtypes or not all(d == "int" or d.startswith(("int", "uint"))
                                                                   for d in leaf.expected_dtypes):
            return False
        counts += [np.ravel(e[m] if m.shape == e.shape else e) for e, m in zip(leaf.expected, leaf.off_masks())]
    counts = np.concatenate(counts) if counts else np.zeros(0)
    return len(np.unique(counts[np.isfinite(counts) & (counts != 0)])) < 2


def off(got: np.ndarray, expected: np.ndarray) -> np.ndarray:
    """Entries of got that the value check calls wrong (a shape mismatch: every entry)."""
    if got.shape != expected.shape:
        return np.ones(got.shape, dtype=bool)
    # the value checks' own bound (grader/checks/tolerance.py): a value they fail is off here too
    return ~_close(got, expected, RTOL, atol_for(expected))


def batch_array(arrays: list) -> np.ndarray | None:
    """The array of a call's arguments its batch is read from: the first of 2 dimensions or more, else the first
    vector (a loss's (N,) or one example's (K,): its length is both N and K)."""
    return next((a for a in arrays if a.ndim >= 2), next((a for a in arrays if a.ndim == 1), None))


@dataclass(frozen=True)
class Item:
    """One call: its arguments bound to the reference's parameter names (defaults filled in), and results."""

    args: tuple
    kwargs: dict
    pick: tuple | None
    expected: Any
    got: Any
    work: int = 0  # the work of its reference run (`counted`)
    order: int | None = None  # its position among the job's calls (Setting.order), None when unknown
    public: bool = False  # its call ran on a public input (Setting.public): its arguments may be shown

    def array_arguments(self) -> list[np.ndarray]:
        """Every float ndarray among the arguments, depth first, in order; not a 0-d one, a scalar argument
        (is_scalar: a probability p given as np.asarray(0.3) crashed subsets' rows on its shape[0])."""
        found = []
        for value in (*self.args, *self.kwargs.values()):
            found += [v for _, v in leaves(value) if type(v) is np.ndarray and v.dtype.kind == "f" and v.ndim]
        return found

    @cached_property
    def sizes(self) -> tuple[int | None, int | None]:
        """(N, K): the batch size and width of the first 2-D (or more) argument. A flat vector may be a batch
        (a loss's (N,)) or one example (softmax's (K,)): its length is both. Only an array passed as an argument
        itself has a batch: one inside a dict or a tuple is a network's parameter (l2_gradient's params['W1'] has
        n_in rows, which a factor named "N, the batch size" misread), and the backward's cache comes after its
        dout; (None, None) when no argument is an array."""
        arrays = [v for v in (*self.args, *self.kwargs.values()) if type(v) is np.ndarray and v.dtype.kind == "f"]
        first = batch_array(arrays)
        return (None, None) if first is None else (first.shape[0], first.shape[-1])


@dataclass(frozen=True)
class Leaf:
    """One array or number of the result over the items that have it: expected and got as float64 (got
    None: not numeric), and the dtypes they came in."""

    path: tuple
    items: tuple[Item, ...]
    expected: tuple[np.ndarray, ...]
    got: tuple[np.ndarray | None, ...]
    dtypes: tuple[str, ...]
    expected_dtypes: tuple[str, ...] = ()

    @property
    def numeric(self) -> bool:
        return all(g is not None for g in self.got)

    def off_masks(self) -> list[np.ndarray]:
        return self._masks

    @cached_property
    def _masks(self) -> list[np.ndarray]:
        return [off(g, e) for g, e in zip(self.got, self.expected)]

    @cached_property
    def is_off(self) -> bool:
        """Some entry of some call is wrong (a value that is not numbers at all is wrong)."""
        return (not self.numeric or any(m.any() for m in self.off_masks())
                or any(wrong_kind(g, e) for g, e in zip(self.dtypes, self.expected_dtypes)))


@dataclass
class Budget:
    """What the relation finder may spend on one function, counted in work of the right computation: `unit`
    is the work (`counted`: lines executed, arrays made) of the reference's largest run on the evidence's own
    arguments, and a rerun on changed arguments costs that times how much larger its counts and arrays are
    (`growth`: steps doubled, 2 units; the default 1000 steps squared, 1000). A rerun that could cost more
    than RERUN (its grown integers read as widths), or would bring the total beyond TOTAL, is not made and
    `refused` counts it: the explanation then says what was not explored. Counted, never timed: the same submission gets the same explanation on a
    loaded machine and in the student's checker (a CPU-time price made a training function's explanation
    differ between two runs). RERUN and TOTAL keep every explanation that the CPU-time budget of before
    (0.25 s and 5 s per function) found on tests/solutions/wrong and the mutation benchmark."""

    unit: int = 0  # work of the largest evidence call
    spent: float = 0.0
    refused: int = 0
    works: dict = field(default_factory=dict, repr=False)  # id(evidence) -> (evidence, its work), counted once
    allowance: Allowance | None = field(default=None, repr=False)  # the submission's, shared by its functions

    RERUN = 2_000_000  # 0.3-1.4 s of CPU (0.15-0.7 us a unit for the course's references)
    # 16M kept every explanation of tests/solutions/wrong's 444 batches of the training, graph, init and gradient
    # exercises that 32M found (8M lost one); an unexplained train_classifier spent 20 s of CPU at 32M, ~10 at 16M
    TOTAL = 16_000_000

    def observe(self, work: int) -> None:
        self.unit = max(self.unit, work)

    def take(self, growth: tuple[float, float]) -> bool:
        """A rerun of this `growth` (steps, widths), made unless its worst cost passes RERUN or its cost TOTAL."""
        steps, widths = growth
        if widths * self.unit > self.RERUN or self.spent + steps * self.unit > self.TOTAL:
            self.refused += 1
            return False
        if not self.pay(steps * self.unit):
            return False
        self.spent += steps * self.unit
        return True

    def pay(self, cost: float) -> bool:
        """Charge a run of this cost to the submission's allowance, when it affords it (else it is refused there)."""
        if self.allowance is None:
            return True
        if not self.allowance.afford(cost):
            return False
        self.allowance.charge(cost)
        return True


def growth(before: tuple, after: tuple) -> tuple[float, float]:
    """How much more work the reference does on `after` than on `before` (the same parameters, bound), twice:
    with each integer argument that grew read as a count of steps (work linear in it) and as a width (work in its
    square: a width x width matrix a layer), times the ratio by which the arrays' total size grew; (1, 1) when
    nothing grew. Budget.take refuses a rerun whose widths' cost could pass RERUN: priced by steps alone,
    activation_scale's width 32 -> 1,600 was 50 units of the call's work and took 13 s of CPU (2,500 units)."""
    steps = widths = 1.0
    for old, new in zip(before, after):
        if type(old) is int and type(new) is int and 0 < old < new:
            steps *= new / old
            widths *= (new / old) ** 2
    old_size, new_size = _entries(before), _entries(after)
    size = new_size / old_size if 0 < old_size < new_size else 1.0
    return steps * size, widths * size


def _entries(args: tuple) -> int:
    return sum(v.size for _, v in leaves(args) if type(v) is np.ndarray)


@dataclass(frozen=True)
class Setting:
    """The function under explanation: its reference, name, parameter names, the exercise's other functions."""

    reference: Callable[..., Any]
    function: str
    names: tuple = ()  # names of a tuple result's items ("dA", "dW", "db")
    siblings: tuple[tuple[str, Callable[..., Any]], ...] = ()
    pick: tuple | None = None  # the part of the result the evidence holds
    terms: tuple = ()  # the terms (relations.terms.Term) the reference adds up to, when its spec states them
    budget: Budget | None = field(default=None, compare=False)  # reruns on changed arguments (None: unbounded)
    # id(evidence) -> the position of its call in the submission's job, whose calls ran in that order in one child
    # (empty when unknown, or when a timeout or a crash started another child): what calls before it left behind
    order: dict = field(default_factory=dict, compare=False)
    # the function's calls in the job's order, (args, kwargs, the student's whole value), when every one returned
    # (empty when unknown): what a buffer kept between calls took in, the calls of other checks too (carried.py)
    calls: tuple = field(default=(), compare=False)
    # item pick -> the reference's values on the first `calls` (None: one could not run), run as carried.py asks
    rights: dict = field(default_factory=dict, compare=False, repr=False)
    # id(evidence) of the calls on public inputs (a fixed case, a scripted scenario): the only ones shown
    public: frozenset = field(default=frozenset(), compare=False)
    # the function's calls that raised, bound: a claim about where the values are wrong must account for them
    raised: tuple = field(default=(), compare=False)
    # the catalogue's and the reference's results on the evidence, shared by the function's rows (mistakes.Replays)
    replays: Replays = field(default_factory=Replays, compare=False, repr=False)

    @cached_property
    def signature(self) -> inspect.Signature | None:
        try:
            return inspect.signature(self.reference)
        except (TypeError, ValueError):
            return None

    @cached_property
    def parameters(self) -> list[str]:
        return list(self.signature.parameters) if self.signature else []

    @cached_property
    def defaults(self) -> dict:
        """Parameter name -> its default value, for the parameters that have one."""
        params = self.signature.parameters.values() if self.signature else ()
        return {p.name: p.default for p in params if p.default is not p.empty}

    def bind(self, args: tuple, kwargs: dict) -> tuple[tuple, dict]:
        """The arguments with defaults filled in, all positional where the signature allows."""
        try:
            bound = self.signature.bind(*args, **kwargs)
        except (AttributeError, TypeError, ValueError):
            return args, kwargs
        bound.apply_defaults()
        return bound.args, bound.kwargs

    def label(self, path: tuple) -> str:
        """'dW', "W1", "softmax" (the whole result), "result[1][0]['Z']" (a part picked from the result)."""
        if self.pick:  # a part picked from the result is named as that part, never as the whole function
            return "result" + "".join(map(_index, (*self.pick, *path)))
        if not path:
            return self.function
        head = path[0]
        if head == ANY:
            text = "result[*]"
        elif isinstance(head, int):
            text = self.names[head] if head < len(self.names) else f"result[{head}]"
        else:
            text = str(head)
        return text + "".join(map(_index, path[1:]))

    def run(self, args: tuple, kwargs: dict, item_pick: tuple | None, fn: Callable | None = None,
            like: tuple | None = None, paid: bool = False) -> Any:
        """fn (default: the reference) on these arguments, the picked part; None when it fails, or when these
        are changed arguments (`like`: the call's own, bound) costing more than the budget allows, or when the
        submission's allowance is spent (a run on a call's own arguments costs the largest call's work, unless
        `paid` already)."""
        if self.budget is not None and not paid and not (self.budget.take(growth(like, args)) if like is not None
                                                         else self.budget.pay(self.budget.unit)):
            return None
        # numpy's warnings outside errstate (np.std of an empty array: a width changed to 0) would print in the
        # grader's process: a hypothesis is tried, not reported
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)
            try:
                return pick(run_trusted(fn or self.reference, Case(args, kwargs)), item_pick)
            except Exception:  # a hypothesis the reference cannot run explains nothing
                return None


def _index(key: Any) -> str:
    """'[0]', "['W1']", '[*]' (ANY: every entry of a list)."""
    return "[*]" if key == ANY else f"[{key!r}]"


def items_of(setting: Setting, evidence: list[Evidence]) -> list[Item]:
    """The evidence with the reference's values (items the reference cannot run are left out), each with the
    work of its reference run."""
    found = []
    budget = setting.budget or Budget()
    computation = inspect.unwrap(setting.reference)
    for e in evidence:
        args, kwargs = setting.bind(e.args, e.kwargs)
        if id(e) in budget.works:
            # again: its work, or a cached reference's hit (the xor runs, kept by the first run)
            work = budget.works[id(e)][1]
            if not budget.pay(work if computation is setting.reference else 1):
                return []  # the submission's allowance is spent: a relation on some of the calls is none
            expected = setting.run(args, kwargs, e.pick, paid=True)
        else:
            if budget.allowance is not None and not budget.allowance.afford():
                return []
            # the computation itself, counted once per call: a cached reference (the xor runs) does no work on a
            # hit, and its reruns on changed arguments miss
            expected, work = counted(lambda: setting.run(args, kwargs, e.pick, computation, paid=True),
                                     package(computation))
            budget.works[id(e)] = (e, work)  # the evidence kept: its id is not reused for another
            if budget.allowance is not None:
                budget.allowance.charge(work)
        budget.observe(work)
        if expected is not None:
            found.append(Item(args, kwargs, e.pick, expected, e.value, work, setting.order.get(id(e)),
                              id(e) in setting.public))
    return found


def leaf_views(items: list[Item]) -> list[Leaf]:
    """One Leaf per numeric leaf of the expected values, over the items whose expected value has it
    (items of several structures, such as dicts of other keys, give several leaves); then one per field of a
    list's entries (`fields`), after them."""
    paths: dict[tuple, None] = {}
    expected_leaves = [dict(leaves(i.expected)) for i in items]
    for found in expected_leaves:
        paths.update(dict.fromkeys(found))
    got_leaves = [dict(leaves(i.got)) for i in items]
    views = []
    for path in paths:
        chosen, expected, got, dtypes, expected_dtypes = [], [], [], [], []
        for item, exp_found, got_found in zip(items, expected_leaves, got_leaves):
            exp = number(exp_found[path]) if path in exp_found else None
            if exp is None:
                continue
            value = got_found.get(path)
            chosen.append(item)
            expected.append(exp)
            got.append(number(value))
            dtypes.append(_dtype(value))
            expected_dtypes.append(_dtype(exp_found[path]))
        if chosen:
            views.append(Leaf(path, tuple(chosen), tuple(expected), tuple(got), tuple(dtypes), tuple(expected_dtypes)))
    return views + fields(items)


class _Wildcard(str):
    """The one ANY: a str, so that paths holding it still sort, print and serialise as "*" did, but equal only to
    itself, so that a "*" key of a student's dict is that key and never "every entry" (a plain "*" was both)."""

    def __eq__(self, other: object) -> bool:
        return self is other  # never NotImplemented: str's own == would then say "*" == ANY

    def __ne__(self, other: object) -> bool:
        return self is not other

    __hash__ = object.__hash__

    def __reduce__(self) -> str:
        return "ANY"  # pickled and copied as this module's ANY, the same object


ANY = _Wildcard("*")  # a list position in a path: the same item of every entry of the list (result[*]['layer'])


def keyed_leaves(value: Any, path: tuple = (), key: tuple = ()) -> list[tuple[tuple, tuple, Any]]:
    """(key, path, leaf) of every leaf of a nested tuple/list/dict; the key is the path with each list position
    ANY (a tuple's or dict's kept: they name what the item is)."""
    if isinstance(value, (tuple, list)):
        wild = isinstance(value, list)
        return [p for i, v in enumerate(value) for p in keyed_leaves(v, path + (i,), key + ((ANY if wild else i),))]
    if isinstance(value, dict):
        return [p for k, v in value.items() for p in keyed_leaves(v, path + (k,), key + (k,))]
    return [(key, path, value)]


def fields(items: list[Item]) -> list[Leaf]:
    """One Leaf per field of a list's entries taken together (result[*]['layer'] of a list of dicts, the numbers
    of that field in entry order), over the items where the right value and the student's have it, a number in
    every entry of two or more: numbers one per entry that are the right ones + 1 ("layer" counted from 2) are
    no relation of any one entry, which is 1 or 2 on every call. A field of one list level only, of numbers only
    (arrays of the entries may differ in shape)."""
    found: dict[tuple, list] = {}  # key -> [(item, expected, got, dtype, expected dtype)]
    for item in items:
        for key, members in _fields_of(item.expected).items():
            got = _fields_of(item.got).get(key)  # the student's: the same entries, a number in each
            if got is None or [p for p, _ in got] != [p for p, _ in members]:
                continue
            found.setdefault(key, []).append((item, _stacked(members), _stacked(got), _dtype(got[0][1]),
                                              _dtype(members[0][1])))
    return [Leaf(key, *map(tuple, zip(*rows))) for key, rows in found.items()]


def _fields_of(value: Any) -> dict[tuple, list[tuple[tuple, Any]]]:
    """Key (one ANY, not last) -> [(path, number)] of the fields of a list's entries in `value`, where every
    entry has a number there and the list two entries or more."""
    grouped: dict[tuple, list] = {}
    for key, path, leaf in keyed_leaves(value):
        if key.count(ANY) == 1 and key[-1] != ANY:
            grouped.setdefault(key, []).append((path, leaf))
    return {k: v for k, v in grouped.items() if len(v) >= 2 and all((n := number(x)) is not None and not n.ndim
                                                                   for _, x in v)}


def _stacked(members: list[tuple[tuple, Any]]) -> np.ndarray:
    return np.array([float(number(v)) for _, v in members])


def field_of(value: Any, path: tuple) -> np.ndarray | None:
    """The numbers of a field of a list's entries (a path with one ANY), float64 in entry order, or None."""
    at = path.index(ANY)
    try:
        entries = pick(value, path[:at])
        numbers = [number(pick(entry, path[at + 1:])) for entry in entries] if isinstance(entries, list) else []
    except (KeyError, IndexError, TypeError):
        return None
    if not numbers or any(n is None or n.ndim for n in numbers):
        return None
    return np.array(numbers)


def overlap(a: tuple, b: tuple) -> bool:
    """Two paths of the same numbers: equal, or a field of a list's entries (ANY) and one of its entries'."""
    return len(a) == len(b) and all(x == y or ANY in (x, y) and type(x if y == ANY else y) is int for x, y in zip(a, b))


def _dtype(value: Any) -> str:
    """'float64', 'bool', 'float' (a Python number): what kind of number a leaf holds."""
    return str(value.dtype) if type(value) is np.ndarray else type(value).__name__


def wrong_kind(got: str, expected: str) -> bool:
    """A float result came back as booleans or integers, or an integer one (a count, an epoch) as a float."""
    if expected == "int":
        return got.startswith("float")
    return expected in ("float64", "float") and (got == "bool" or got.startswith(("int", "uint")))
