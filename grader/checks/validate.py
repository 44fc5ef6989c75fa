"""Validate what a student's call returned before anything is compared.

Only exact `numpy.ndarray` (float dtype, exact shape, finite) and exact
numbers count: a float or numpy.float64 (a float subclass) where a float is
due, an int or a numpy integer where an int is due (a Python int only where
the docstring promises one: `plain_ints`), a bool or numpy.bool_ for a bool.
The sandbox sends numpy scalars tagged with their dtype, so a numpy.float32
from float64 inputs fails as a float32 array does. A Foreign value, an
ndarray subclass or an object with a rigged `__eq__` is a wrong answer, never
compared. Messages name the problem (expected vs got shape, (1, n) vs (n,),
transposes) without revealing expected values.
"""

from __future__ import annotations

import math
from itertools import repeat
from typing import Any

import numpy as np

from mlptutor.grader.checks.base import outcome_problem
from mlptutor.grader.checks.tolerance import SCALE_RTOL, atol_for
from mlptutor.grader.sandbox import Foreign, Outcome


def type_name(value: Any) -> str:
    if isinstance(value, Foreign):
        return getattr(value, "type_name", "unknown")
    return type(value).__name__


def an(noun: str) -> str:
    """`noun` with its article ('an int', 'a list'), as relations/stated.py reads 'is an? <type>'."""
    return f"{'an' if noun[:1].lower() in 'aeiou' else 'a'} {noun}"


def shape_problem(expected: tuple, got: tuple, what: str = "result") -> str | None:
    """Why shape `got` is not `expected`, naming row/column vectors and transposes."""
    if tuple(got) == tuple(expected):
        return None
    text = f"{what} has shape {tuple(got)}, expected {tuple(expected)}"
    squeezed = tuple(d for d in got if d != 1)
    if len(expected) == 1 and len(got) == 2 and squeezed == tuple(expected):
        return text + f": a 2-D {tuple(got)} array where a flat (n,) vector is expected (drop the extra axis)"
    if len(got) == 1 and len(expected) == 2 and 1 in expected and tuple(got) == tuple(d for d in expected if d != 1):
        return text + ": a flat (n,) vector where a 2-D array is expected (keepdims or reshape)"
    if len(got) == len(expected) == 2 and tuple(got) == tuple(expected)[::-1]:
        return text + ": looks transposed"
    return text


F64 = np.dtype(np.float64)

# what an array of each dtype kind the wire cannot send as numbers (Foreign.dtype_kind) holds: (dtype, entries)
_NOT_NUMBERS = {"O": ("object", "Python objects (a None or another non-number in what np.array was given, "
                                "or dtype=object)"),
                "U": ("str", "text"), "T": ("StringDType", "text"), "S": ("bytes", "bytes"),
                "V": ("void", "records of a structured dtype"), "M": ("datetime64", "dates"),
                "m": ("timedelta64", "time spans")}


def returned_nothing(value: Any, what: Any, due: str) -> str | None:
    """Why a whole result that is None is not the `due` value, in the words of a student who printed it; None for
    any other value, or a part ('result[1]', 'best_epoch': the function did return, a None inside)."""
    if value is not None or what != "result":
        return None
    return (f"{what} is None, expected {due}: a function without `return` gives None (printing a value is not "
            f"returning it)")


def no_array_problem(value: Any, what: str, due: str = "numpy.ndarray", dtype_due: str = "a float array (float64)"
                     ) -> str:
    """Why `value`, no exact float/int/bool/complex ndarray, is not the `due` (type) it should be: an array of
    objects or text says its dtype (ndarray, its type, may be right: a 0-d float64 array passes for a float),
    None that nothing was returned, anything else its type."""
    if nothing := returned_nothing(value, what, due):
        return nothing
    known = _NOT_NUMBERS.get(value.dtype_kind) if type(value) is Foreign else None
    if known is not None:
        return f"{what} has dtype {known[0]}, expected {dtype_due}: its entries are {known[1]}, not numbers"
    if type(value) is np.ndarray and due == "float":  # (1,) or (1, 1): which array, so the fix is plain
        return f"{what} has type ndarray, expected float: an array of shape {value.shape} where one number is due"
    return f"{what} has type {type_name(value)}, expected {due}"


def array_problem(value: Any, shape: tuple | None = None, what: str = "result", dtype: np.dtype | None = None
                  ) -> str | None:
    """None when `value` is an exact float ndarray of `shape` with finite entries, else one line.

    dtype=float64 (the reference's dtype on float64 inputs) asks for exactly that: float64 in, float64 out."""
    if type(value) is not np.ndarray:
        return no_array_problem(value, what)
    if value.dtype.kind != "f":
        return f"{what} has dtype {value.dtype}, expected a float array (float64)"
    if dtype is not None and dtype == F64 and value.dtype != F64:  # np.dtype(None) is float64
        return (f"{what} has dtype {value.dtype}, expected float64: the right result is float64 on these inputs "
                f"(drop the cast to {value.dtype})")
    if shape is not None and (problem := shape_problem(shape, value.shape, what)):
        return problem
    if not np.isfinite(value).all():
        return f"{what} contains NaN or inf"
    return None


def scalar_problem(value: Any, what: str = "result", exact: bool = True) -> str | None:
    """None when `value` is a finite float64 number (float, numpy.float64 or a 0-d float64 array), else one line.

    exact=False (a float32 input's result, judged on layout) lets a float of any precision pass."""
    kind = type(value)
    if kind is np.ndarray and value.shape == ():
        return array_problem(value, (), what, F64 if exact else None)
    if kind is not float and kind is not np.float64:
        if not isinstance(value, np.floating):
            return no_array_problem(value, what, "float", "float64")
        if exact:  # the wording of a float32 array's problem, so both are explained alike
            return (f"{value.dtype} result: {what} has dtype {value.dtype}, expected float64: the right result is "
                    f"float64 on these inputs (drop the cast to {value.dtype})")
    if not np.isfinite(value):
        return f"{what} is NaN or inf"
    return None


_FLOAT_MAX = float(np.finfo(np.float64).max)


def int_problem(value: Any, what: str = "result", plain: bool = False) -> str | None:
    """None when `value` is an int or a numpy integer (plain=True: a Python int only, as a docstring may promise).

    A Python int past float64's range (10**400) is no plausible result, as an array's inf is not: it is judged
    wrong here, before the tolerance's float arithmetic meets it."""
    if nothing := returned_nothing(value, what, "int"):
        return nothing
    if type(value) is int:
        if -_FLOAT_MAX <= value <= _FLOAT_MAX:
            return None
        return (f"{what} is an int of {value.bit_length()} bits, beyond float64's range (1.8e308): far off any "
                f"plausible value")
    if not isinstance(value, np.integer):
        return f"{what} has type {type_name(value)}, expected int"
    if plain:
        return (f"{what} has type {type(value).__name__}, expected a plain Python int: the docstring promises "
                f"Python ints, not numpy integers (convert with int(...))")
    return None


def value_problem(value: Any, like: Any, what: str | tuple = "result", plain_ints: bool = False) -> str | None:
    """Validate `value` against the structure of the trusted `like` (array, float, or tuple/list/dict of them).

    plain_ints: where `like` holds an int, only a Python int passes (the docstring promises plain ints)."""
    return structure_problem(value, like, lambda v, l, w: array_problem(v, l.shape, w, l.dtype), what,
                             exact=True, plain_ints=plain_ints)


def layout_problem(value: Any, like: Any, what: str | tuple = "result", plain_ints: bool = False) -> str | None:
    """Like value_problem, but arrays are judged on type and shape only (any dtype, any numbers), and a float
    of any precision passes for a float (so a float32 input's float32 result passes); ints on their type only
    (plain_ints: Python ints, and a tuple where one is promised, as value_problem judges them)."""
    if type(like) is np.ndarray and type(value) is np.ndarray and value.shape == like.shape:
        return None  # most results: no walk (with the two shortcuts below: judging 0.96-0.98x, see _SUM)
    return structure_problem(value, like, _shape_only, what, exact=False, plain_ints=plain_ints)


def _shape_only(v, l, w):
    if type(v) is not np.ndarray:
        return no_array_problem(v, w)
    return shape_problem(l.shape, v.shape, w)


def picked_name(pick: tuple | None) -> str:
    """How messages name the part `pick` of a result: "result[1]" for the caches of (out, caches), as the student's
    code indexes it (a relation's hint names the same entries from the whole result)."""
    return "result" + "".join(f"[{key!r}]" for key in pick or ())


def _name(what) -> str:
    return "result" if isinstance(what, tuple) else what


def _at(what, key) -> str:
    """Label of item `key` of `what`; `what` may be a tuple of names for the items of a tuple result."""
    if isinstance(what, tuple) and isinstance(key, int) and key < len(what):
        return what[key]
    return f"{_name(what)}[{key!r}]"


class _Label:
    """The name of item `key` of `what` (see _at), made only when a message shows it: most items have no problem."""

    __slots__ = ("what", "key")

    def __init__(self, what, key):
        self.what, self.key = what, key

    def __str__(self) -> str:
        return _at(self.what, self.key)

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)


_BOOLS = (bool, np.bool_)


def structure_problem(value: Any, like: Any, array_leaf, what, exact: bool = True, plain_ints: bool = False
                      ) -> str | None:
    """Walk `like` (tuple/list/dict of arrays and numbers); judge array leaves with `array_leaf(v, l, what)`,
    float leaves with scalar_problem(exact) and int leaves with int_problem(plain_ints). With plain_ints (the
    docstring promises plain Python values) a list where `like` holds a tuple is a wrong type too.

    `what` names the value in messages: a string, or a tuple of names for a tuple's items (("dA", "dW", "db")).
    """
    kind = type(like)
    if kind is np.ndarray:  # most leaves: judged before the isinstance tests below
        return array_leaf(value, like, _name(what))
    if kind is float:
        return scalar_problem(value, _name(what), exact)
    if isinstance(like, (tuple, list)):
        if type(value) not in (tuple, list):
            # a list and a tuple both pass unless plain Python values are promised (a tuple then, as documented)
            sequence = "a tuple" if plain_ints and type(like) is tuple else "a list or tuple"
            if nothing := returned_nothing(value, _name(what), f"{sequence} of {len(like)}"):
                return nothing
            return f"{_name(what)} is {an(type_name(value))}, expected {sequence} of {len(like)}"
        if plain_ints and type(like) is tuple and type(value) is list:
            return f"{_name(what)} is a list, expected a tuple (a list where the docstring promises a tuple)"
        if len(value) != len(like):
            return f"{_name(what)} {_length(value, like)}"
        for i, (v, l) in enumerate(zip(value, like)):
            if problem := structure_problem(v, l, array_leaf, _Label(what, i), exact, plain_ints):
                return problem
        return None
    what = _name(what)
    if isinstance(like, np.ndarray):
        return array_leaf(value, like, what)
    if isinstance(like, (float, np.floating)):
        return scalar_problem(value, what, exact)
    if isinstance(like, _BOOLS):  # a bool or numpy.bool_ (a comparison's result) for either
        return None if type(value) in _BOOLS and value == like else f"{what} is not the expected bool"
    if isinstance(like, (int, np.integer)):
        return int_problem(value, what, plain_ints)
    if isinstance(like, dict):
        if type(value) is not dict:
            if nothing := returned_nothing(value, what, f"a dict with keys {sorted(like)}"):
                return nothing
            return f"{what} is {an(type_name(value))}, expected a dict with keys {sorted(like)}"
        if missing := sorted(set(like) - set(value)):
            # the keys it holds instead tell a renaming ('fc1.weight' for 'W1') from a key forgotten
            extra = sorted(repr(k)[:40] for k in set(value) - set(like))  # a key of 20,000 characters: 80 KB rows
            instead = f" and holds {', '.join(extra[:6])}{' and more' if len(extra) > 6 else ''} instead" if extra else ""
            return f"{what} lacks the keys {missing}{instead}"
        for k in like:
            if problem := structure_problem(value[k], like[k], array_leaf, _Label(what, k), exact, plain_ints):
                return problem
        return None
    if type(value) is not type(like):  # a function, say, where a name is due: says its type (relation:type)
        return f"{what} is {an(type_name(value))}, expected {an(type(like).__name__)}"
    return None if value == like else f"{what} is not the expected {type(like).__name__}"


def leaves(value: Any, path: tuple = ()) -> list[tuple[tuple, Any]]:
    """(path, array-or-number) pairs of a nested tuple/list/dict, in a stable order."""
    if isinstance(value, (tuple, list)):
        return [leaf for i, v in enumerate(value) for leaf in leaves(v, path + (i,))]
    if isinstance(value, dict):
        return [leaf for k in value for leaf in leaves(value[k], path + (k,))]
    return [(path, value)]


def paired(a: Any, b: Any) -> list[tuple[Any, Any]] | None:
    """The leaves of a and b paired by path, None when their paths differ. A dict's key order is no part of its
    value: a student's params built from the last layer down ({"W2", "b2", "W1", "b1"}) are the same dict."""
    la, lb = dict(leaves(a)), dict(leaves(b))
    if la.keys() != lb.keys():
        return None
    return [(x, lb[path]) for path, x in la.items()]


def mismatch(expected: Any, got: Any, rtol: float, atol: float, what: str | tuple = "result",
             reveal: bool = True) -> str | None:
    """None when validated `got` is allclose to `expected` leaf by leaf, else where (and how far) off.

    Never the expected numbers; on hidden inputs (reveal=False) not even the size of the error,
    since the student's own value plus the error would give the expected value away.
    """
    got_leaves = dict(leaves(got))
    for path, exp in leaves(expected):
        if isinstance(exp, (bool, str, type(None))):  # compared exactly by value_problem already
            continue
        if type(exp) is float and type(got_leaves[path]) is float and _float_within(got_leaves[path], exp, rtol, atol):
            continue
        g = np.asarray(got_leaves[path], dtype=np.float64)
        exp = np.asarray(exp, dtype=np.float64)
        ok = np.abs(g - exp) <= atol_for(exp, atol) + rtol * np.abs(exp)  # the policy of tolerance.py
        if ok.all():
            continue
        err = np.abs(g - exp)
        worst = np.unravel_index(int(np.argmax(np.where(ok, 0, err))), err.shape) if err.ndim else ()
        where = (_at(what, path[0]) + "".join(f"[{p!r}]" for p in path[1:])) if path else _name(what)
        at = f" at index {tuple(int(i) for i in worst)}" if worst else ""
        size = f", largest error {float(err.max()):.3g}{at}" if reveal else f", the worst{at}" if at else ""
        return f"{where}: {int((~ok).sum())} of {ok.size} entries off{size} (relative tolerance {rtol:g})"
    return None


def _float_within(got: float, exp: float, rtol: float, atol: float) -> bool:
    """mismatch's test of one float leaf, in Python floats: the same IEEE operations in the same order as on
    numpy's 0-d arrays, at a tenth of the cost (a list of 21 floats, symmetry_demo's spreads, is 21 leaves:
    judging 20 submissions of the first twelve exercises 6.45 -> 6.17 ms each, 0.96x, 12 alternating rounds);
    False (then the arrays' way, which words the message) when off or not finite."""
    scale = abs(exp)
    return abs(got - exp) <= (atol + SCALE_RTOL * scale if math.isfinite(scale) else atol) + rtol * scale


def close(got: Any, expected: Any, rtol: float, atol: float) -> bool:
    """`got` is valid against `expected` (value_problem) and within tolerance everywhere (mismatch)."""
    return value_problem(got, expected) is None and mismatch(expected, got, rtol, atol) is None


def pick(value: Any, path: tuple | None) -> Any:
    """value[path[0]][path[1]]... (the trusted twin of Call.pick)."""
    for key in path or ():
        value = value[key]
    return value


# finite entries have a finite sum (or overflow, and are judged the slow way): the ufunc's own reduce, without
# ndarray.all's Python wrapper and the isfinite array. With layout_problem's and structure_problem's shortcuts for
# an array or a float: judging 12 submissions of the first twelve exercises 0.96-0.98x (CPU, 40 alternating runs)
_SUM = np.add.reduce


# a leaf judged by equality alone (value_problem; mismatch skips or, for an int, finds a difference of 0)
_EXACT = frozenset((int, bool, str, type(None)))
_FLOAT_INTS = 1 << 1000  # an int mismatch can turn into a float64 (a larger one fails there: no shortcut)


def _same_numbers(got: Any, exp: Any, plain: bool = False) -> bool:
    """Whether `got` is bit for bit the reference's `exp`, a (tuple, list or dict of) finite float64
    arrays, floats, ints, bools, str and None: then nothing is wrong with it, whatever the checks. Correct
    code often is (86% of the results of the benchmark's class): one comparison of bytes instead of
    validating and the tolerance's ten array operations (judging a submission of the first twelve exercises:
    7.2 ms instead of 10.3, interleaved runs). `plain` (plain_ints): a container of another type than the
    reference's is left to the slow way, which says so."""
    kind = type(exp)
    if kind is np.ndarray:
        return (type(got) is np.ndarray and got.dtype == F64 and exp.dtype == F64 and got.shape == exp.shape
                and got.tobytes() == exp.tobytes() and math.isfinite(_SUM(got, axis=None)))
    if kind is float:
        return type(got) is float and got == exp and math.isfinite(got)
    if kind in _EXACT:
        return type(got) is kind and got == exp and (kind is not int or -_FLOAT_INTS < exp < _FLOAT_INTS)
    if kind is tuple or kind is list:
        return (((type(got) is kind) if plain else (type(got) is tuple or type(got) is list))
                and len(got) == len(exp) and all(map(_same_numbers, got, exp, repeat(plain))))
    if kind is dict:
        return (type(got) is dict and got.keys() == exp.keys()
                and all(_same_numbers(got[k], e, plain) for k, e in exp.items()))
    return False


def result_problem(outcome: Outcome | None, expected: Any, rtol: float, atol: float,
                   what: str | tuple = "result", reveal: bool = True, plain_ints: bool = False) -> str | None:
    """Everything that can be wrong with one call's result against a trusted expectation, in order:
    no value (error, timeout, ...), wrong type/dtype/shape/non-finite, then numbers off."""
    if outcome is not None and outcome.status == "ok" and _same_numbers(outcome.value, expected, plain_ints):
        return None
    if problem := outcome_problem(outcome):
        return problem
    if problem := value_problem(outcome.value, expected, what, plain_ints):
        return problem + _run_length(outcome.value, expected, problem, rtol, atol)
    return mismatch(expected, outcome.value, rtol, atol, what, reveal)


_NUMBERS = (int, float, np.integer, np.floating)


def _run_length(got: Any, expected: Any, problem: str, rtol: float, atol: float) -> str:
    """What a list of numbers of another length holds, when `problem` is its length: ": the first k are right, then it
    ends" or "..., then n more follow(s)" when its common part with the right list is within tolerance (a per-epoch
    curve or a per-step count that stops early or late; relation:shape then says so), else ""."""
    pair = _unequal_lists(got, expected)
    if pair is None:
        return ""
    g, e = pair
    k = min(len(g), len(e))
    if (not problem.endswith(_length(g, e)) or k == 0 or type(e) is not list
            or not all(isinstance(x, _NUMBERS) for x in e) or not all(close(x, y, rtol, atol) for x, y in zip(g, e))):
        return ""
    more = len(g) - k
    then = "it ends" if not more else f"{more} more follow{'s' * (more == 1)}"
    return f": the first {'is' if k == 1 else f'{k} are'} right, then {then}"


def _length(value: list | tuple, like: list | tuple) -> str:
    """'has 3 items, expected 2' ('has 1 item, ...')."""
    return f"has {len(value)} item{'s' * (len(value) != 1)}, expected {len(like)}"


def _unequal_lists(got: Any, expected: Any) -> tuple[list, list] | None:
    """The first (got, expected) lists or tuples of another length, walking as structure_problem does, or None."""
    if type(expected) in (list, tuple) and type(got) in (list, tuple):
        if len(got) != len(expected):
            return got, expected
        return next(filter(None, map(_unequal_lists, got, expected)), None)
    if type(expected) is dict and type(got) is dict:
        return next(filter(None, (_unequal_lists(got[k], v) for k, v in expected.items() if k in got)), None)
    return None
