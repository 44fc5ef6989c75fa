"""A function that raises: what the raising calls share, and what the names on the failing line held.

A crash is named by its exception and line (`stated.py`, relation:error).
First, a matrix product or power numpy refused on a line that applies `*` or `**` to np.matrix values (the
class of the old NumPy tutorials) is said as that, before anything the raising calls share (meant elementwise,
such an operator fails on every shape but a square one, which no property of the calls is the cause of):

    matrix-product  'raises at backprop.py line 12, where dA is an np.matrix: `*` between np.matrix values is
                    the matrix product, not the elementwise one ...'

When only some calls raise, what sets them apart says more: said only when
one property holds on exactly the calls that raised (every one of them, and
none of the calls that returned):

    some-rows   a batch of one row; an argument naming a string (an activation, a mode); matrices
                that are not all square; two size arguments that differ (n_in != n_out); a number
                argument that is 0, a count that is 1; a float32 input; a single vector (a 1-D first
                array); plain numbers inside a dict or list; a dict of layers' arrays ("W1", "b1", ...)
                that lists its keys in another order than layer by layer

Calls that timed out are left out: they neither raised nor returned.

Else, a crash numpy explains by its operands' shapes (a broadcast, a matrix product) is said in the
terms of the call's arguments, which of their axes the clashing sizes are (`operands`):

    operands    'combines arrays of shapes (5,) with 5 (Z.shape[0]) and (5, 2) ...: a value per row lines
                up with the last axis of an (N, K) array: keep the reduced axis'; 'multiplies a factor
                whose inner size is 3 (W.shape[1]) with one whose inner size is 4 (A.shape[0])'; (m, n) and
                (n, k) on a line with `*`: 'these shapes fit a matrix product ...: ... is `@`'

And whatever the crash, the values the names on the student's failing line held on a public input that
raises (the sandbox's crash sites, grader/sandbox/crashsite.py), each array's shape in the terms of the call's
arguments (`site_values`); a crash with nothing else to say is named by them:

    crash-values  'raises ValueError at mlp.py line 5 on every input: in `Z = W @ A + b`, W is a (3, 4)
                  float64 array (params['W1'] transposed), A is a (5, 4) float64 array (as X), ...'
"""

from __future__ import annotations

import re
from typing import Any, Callable

import numpy as np

from mlptutor.grader.checks.validate import leaves
from mlptutor.grader.relations.base import Relation
from mlptutor.grader.relations.stated import CAST_ADVICE, CAST_ERROR, CELL_TAIL
from mlptutor.grader.relations.subsets import choices
from mlptutor.grader.relations.values import Setting, integral, is_scalar

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


def _vector(args: tuple) -> bool | None:
    first = next(iter(_arrays(args)), None)
    return None if first is None else first.ndim == 1


def _plain_numbers(args: tuple) -> bool:
    """A plain Python number inside a container argument (a dict of parameters given as numbers). Not a numpy
    scalar: it has the array methods (.copy(), .shape, .T) whose absence this property explains."""
    return any(len(path) > 1 and type(v) in (int, float) for path, v in leaves(args))


_LAYER_KEY = re.compile(r"[A-Za-z_]+(\d+)$")


def _out_of_layer_order(value: Any) -> bool | None:
    """Whether a dict keyed by layer ("W1", "b1", "W2", ...) lists its keys other than layer by layer (None
    for anything else): code that reads such a dict by position (its values() in pairs, model.parameters()'
    order) trips exactly there."""
    if type(value) is not dict or len(value) < 2 or not all(type(k) is str for k in value):
        return None
    layers = [_LAYER_KEY.match(k) for k in value]
    if None in layers:
        return None
    numbers = [int(m.group(1)) for m in layers]
    return numbers != sorted(numbers)


def _properties(setting: Setting, calls: list[Call]) -> list[tuple[list, str, str]]:
    """(the property per call, the inputs it describes, what to check) for every property tried."""
    found = [([_batch_of_one(a) for a, _ in calls], "with a batch of one row (N = 1)",
              "a squeeze, a len() or an index that a single row trips"),
             ([_not_square(a) for a, _ in calls], "whose matrices are not square",
              "rows and columns line up only when they are equal: an axis or a transpose is mixed up"),
             ([_float32(a) for a, _ in calls], "in float32", "a dtype fixed or checked where any float array is allowed"),
             ([_vector(a) for a, _ in calls], "given a single vector (1-D)",
              "an axis counted from the front (axis=1, shape[1]) that a vector has not: count it from the end "
              "(axis=-1)"),
             ([_plain_numbers(a) for a, _ in calls], "holding plain numbers where others hold arrays",
              "a method of arrays (.copy(), .shape, .T) that a plain number has not: np.copy(x) and np.shape(x) "
              "take both")]
    names = setting.parameters
    ints = [i for i in range(len(names)) if all(i < len(a) and integral(a[i]) for a, _ in calls)]
    for i in ints:
        for j in ints:
            if i < j:
                found.append(([a[i] != a[j] for a, _ in calls], f"where {names[i]} != {names[j]}",
                              f"{names[i]} and {names[j]} are swapped somewhere"))
    for i, name in enumerate(names):
        if all(i < len(a) and type(a[i]) is dict for a, _ in calls):
            found.append(([_out_of_layer_order(a[i]) for a, _ in calls],
                          f"whose {name} lists its keys in another order than layer by layer (W1, b1, W2, ...)",
                          f"{name} is read by position (the order its keys were filled in): take each array by its "
                          f"key, {name}[f\"W{{l}}\"]"))
        if all(i < len(a) and is_scalar(a[i]) for a, _ in calls):
            found.append(([a[i] == 0 for a, _ in calls], f"with {name} = 0", f"a division by {name}, or an empty range"))
        if i in ints:
            found.append(([a[i] == 1 for a, _ in calls], f"with {name} = 1",
                          f"a single one ({name} = 1) trips an index, a squeeze or a len()"))
        if all(i < len(a) and type(a[i]) in (list, tuple) and a[i] and all(map(integral, a[i])) for a, _ in calls):
            found.append(([1 in a[i] for a, _ in calls], f"whose {name} holds a 1",
                          f"a size of 1 in {name} (a layer of one unit) is allowed: a check, an index or a squeeze "
                          f"trips on it"))
    named = [choices(a, k) for a, k in calls]
    for s in sorted(set().union(*named)):
        found.append(([s in n for n in named], f"naming {s!r}", f"check what your code does for {s!r}"))
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


# numpy's own words for operands whose shapes do not fit (the student's message text is only read for numbers)
_BROADCAST = re.compile(r"operands could not be broadcast together with (?:remapped )?shapes ((?:\([\d, ]*\)\s*)+)")
_MATMUL = re.compile(r"matmul: Input operand \d has a mismatch in its core dimension \d.*?\(size (\d+) is different "
                     r"from (\d+)\)")
_DOT = re.compile(r"shapes \([\d, ]*\) and \([\d, ]*\) not aligned: (\d+) \(dim \d\) != (\d+) \(dim \d\)")
_LINE = re.compile(r"\((?P<where>[\w.]+\.py line \d+" + CELL_TAIL + r")\)\s*$")


def _axes(setting: Setting, args: tuple) -> dict[int, list[str]]:
    """size -> the axes of the call's array arguments that have it ("Z.shape[0]", "params['W1'].shape[1]")."""
    found: dict[int, list[str]] = {}
    for name, value in zip(setting.parameters, args):
        for path, v in leaves(value):
            if type(v) is np.ndarray and v.ndim:
                label = name + "".join(f"[{p!r}]" for p in path)
                for axis, size in enumerate(v.shape):
                    found.setdefault(size, []).append(f"{label}.shape[{axis}]")
    return found


def _sizes(size: int, axes: dict[int, list[str]]) -> str:
    named = axes.get(size, [])
    return f"{size} ({' = '.join(named[:3])})" if named else f"{size} (no size of the arguments)"


def _named(sizes, axes: dict[int, list[str]]) -> str:
    """'5 is Z.shape[0], 2 is Z.shape[1]': the sizes that are an argument's axis, each once."""
    return ", ".join(f"{s} is {' = '.join(axes[s][:3])}" for s in dict.fromkeys(sizes) if s in axes)


def _shapes(text: str) -> list[tuple[int, ...]]:
    return [tuple(int(n) for n in s.split(",") if n.strip()) for s in re.findall(r"\(([\d, ]*)\)", text)]


def operands(setting: Setting, args: tuple, error: str, text: str = "") -> Relation | None:
    """A crash numpy explains by the shapes of its operands (a broadcast, a product), said in the terms of
    the call's arguments: which of their axes the clashing sizes are (`text`: the failing line, when known).
    None for any other crash, or one whose sizes are none of the arguments' (nothing to relate them to)."""
    where = _LINE.search(error)
    if where is None:
        return None
    axes = _axes(setting, args)
    at, f = where["where"], setting.function
    if (m := _BROADCAST.search(error)) is not None:
        shapes = _shapes(m.group(1))
        if len(shapes) != 2 or not any(s in axes for shape in shapes for s in shape):
            return None
        (a, b) = sorted(shapes, key=len)
        told = f"{a} and {b} ({_named(a + b, axes)})"
        if foreign := _foreign(shapes, axes):  # made from no axis of these arguments: which axis is not the question
            cause = (f"{foreign[0]} has no size of this call's arguments, so it is not made from them: check where it "
                     f"comes from (a size fixed in the code, a value kept from an earlier call)")
            title = f"an array of a shape foreign to the arguments at {at}"
        elif len(a) == 1 and len(b) == 2 and a[0] == b[0] != b[1]:
            cause = ("a value per row, of shape (N,), lines up with the last axis of an (N, K) array: keep the reduced "
                     "axis (keepdims=True) or index it [:, None]")
            title = f"a per-row vector broadcast along the last axis at {at}"
        elif len(a) == len(b) == 2 and a == b[::-1]:
            cause = "one of the two is the transpose of what the operation needs"
            title = f"arrays of transposed shapes combined at {at}"
        elif len(a) == len(b) == 2 and a[1] == b[0] and _STAR.search(text):
            # (m, n) * (n, k): the matrix-era `*` (np.matrix's matrix product) written on plain arrays
            cause = ("these shapes fit a matrix product, not a broadcast: `*` between arrays multiplies entry by "
                     "entry (np.matrix's `*` was the matrix product); the matrix product of arrays is `@` or np.dot")
            title = f"`*` on arrays whose shapes fit a matrix product at {at}"
        else:
            cause = "each operand's axes must line up: check which axis every step of the computation runs along"
            title = f"arrays of shapes that do not broadcast at {at}"
        return Relation("operands", f"your {f} combines arrays of shapes {told} at {at}, which numpy cannot "
                                    f"broadcast: {cause}", title, ())
    if (m := _MATMUL.search(error) or _DOT.search(error)) is not None:
        x, y = int(m.group(1)), int(m.group(2))
        if x not in axes and y not in axes:
            return None
        return Relation("operands", f"your {f} multiplies, at {at}, a factor whose inner size is {_sizes(x, axes)} "
                                    f"with one whose inner size is {_sizes(y, axes)}: the inner sizes of a product must "
                                    f"agree; check which arrays meet there (a transpose, the order of the factors, "
                                    f"another layer's weights)",
                        f"a product of factors whose inner sizes differ at {at}", ())
    return None


# a `*` between operands: not `**`, not `*=`, not a starred argument (a name or a closing bracket comes before it)
_STAR = re.compile(r"[\w)\]]\s*\*(?![*=])")
_POWER = re.compile(r"\*\*")
_NOT_SQUARE = re.compile(r"LinAlgError: Last 2 dimensions of the array must be square")
# np.matrix's operators that are matrix operations: (numpy's refusal, the operator on the line, what it is, what
# the elementwise one is)
_MATRIX_OPERATORS = (
    (_DOT, _STAR, "`*` between np.matrix values is the matrix product", "multiply elementwise with np.multiply(a, b)"),
    (_NOT_SQUARE, _POWER, "`**` of an np.matrix is the matrix power (M ** 2 is M times M)",
     "square elementwise with np.square(M) or np.multiply(M, M)"),
)


def matrix_star(setting: Setting, error: str, sites: tuple) -> Relation | None:
    """A matrix operation numpy refused on a student's line that applies `*` or `**` where a name holds an
    np.matrix (the class of the old NumPy tutorials, whose `*` is the matrix product and `**` the matrix
    power): meant elementwise there. None for any other crash."""
    if not sites:
        return None
    file, line, text, names = sites[0]
    held = [name for name, what, _ in names if what == "a matrix"]
    found = next(((what, instead) for refusal, operator, what, instead in _MATRIX_OPERATORS
                  if refusal.search(error) and operator.search(text)), None)
    if not held or found is None:
        return None
    what, instead = found
    are = "is an np.matrix" if len(held) == 1 else "are np.matrix values"
    return Relation("matrix-product", f"your {setting.function} raises at {file} line {line}, where "
                                      f"{' and '.join(held[:2])} {are}: {what}, not the elementwise one (and where "
                                      f"the shapes happen to fit, it returns a matrix operation's numbers): {instead}, "
                                      f"or work on plain arrays (np.asarray, .A), whose operators are elementwise",
                    f"{what.split(' is ')[0]} (a matrix operation) at {file} line {line}", ())


def _foreign(shapes: list[tuple], axes: dict[int, list[str]]) -> list[tuple]:
    """The shapes with a size other than 1 and none of them an axis of the call's arguments."""
    return [s for s in shapes if any(n != 1 for n in s) and not any(n in axes for n in s if n != 1)]


def broadcast_shapes(error: str) -> list[tuple]:
    """The operands' shapes of numpy's broadcast error, or []."""
    m = _BROADCAST.search(error)
    return _shapes(m.group(1)) if m is not None else []


def kept_operand(setting: Setting, crashes: list[tuple[tuple, str, set]]) -> Relation | None:
    """Broadcast crashes (bound arguments, error, the shapes of the arrays the function returned on the calls
    before it in the job) where an operand has no size of the call's arguments but the shape of an earlier
    call's result: a result kept from an earlier call, used on a later call of another shape. Said when the calls
    show two such shapes at least and every broadcast crash with such an operand shows one."""
    shown = []
    for args, error, earlier in crashes:
        foreign = _foreign(broadcast_shapes(error), _axes(setting, args))
        if not foreign:
            continue
        kept = next((s for s in foreign if s in earlier), None)
        if kept is None:
            return None
        shown.append((kept, error))
    # two shapes at least: one foreign shape every time is as likely a size fixed in the code that an earlier call had
    where = _LINE.search(shown[0][1]) if len({shape for shape, _ in shown}) >= 2 else None
    if where is None:
        return None
    shape, at = shown[0][0], where["where"]
    return Relation("stale", f"your {setting.function} raises on {len(shown)} calls at {at}, combining an array of "
                             f"an earlier call's shape with the call's own: {shape}, say, is the shape of a result it "
                             f"returned for an earlier call and of no argument of the call that raised: a result "
                             f"computed once and kept (a cache or memo keyed by less than the inputs, such as the id() "
                             f"of an argument, which Python reuses) is used again on a later call of other sizes: "
                             f"compute each call's result from its own arguments",
                    f"an earlier call's result used again at {at}", ())


def square_only(setting: Setting, crash: Relation, calls: list[tuple[tuple, bool]]) -> Relation | None:
    """The rows that return wrong values beside a per-row vector that does not broadcast (`crash`): numpy
    broadcasts an (N,) vector against an (N, K) array without an error exactly when N == K, along the wrong
    axis. Said when the calls (bound arguments, whether the value is off) are off exactly where the first
    matrix argument is square with more than one row (a call without one is not), and some are."""
    if not crash.title.startswith("a per-row vector"):
        return None
    matrices = [next((m for m in _arrays(args) if m.ndim == 2), None) for args, _ in calls]
    square = [m is not None and m.shape[0] == m.shape[1] > 1 for m in matrices]  # a vector input: no matrix
    wrong = [w for _, w in calls]
    if square != wrong or not any(wrong):
        return None
    return Relation("operands", f"your {setting.function} is wrong exactly on the inputs whose matrix is square "
                                f"(N == K): there numpy broadcasts the per-row vector of shape (N,) along the last axis "
                                f"without an error, and elsewhere it raises ({crash.title}): keep the reduced axis "
                                f"(keepdims=True) or index it [:, None]", crash.title, ())


def _shapes_of(setting: Setting, args: tuple) -> list[tuple[str, tuple]]:
    """(label, shape) of the call's array arguments, at any depth ("X", "params['W1']")."""
    return [(name + "".join(f"[{p!r}]" for p in path), v.shape) for name, value in zip(setting.parameters, args)
            for path, v in leaves(value) if type(v) is np.ndarray and v.ndim]


def _related(name: str, shape: tuple, shapes: list[tuple[str, tuple]], axes: dict[int, list[str]]) -> str:
    """' (as X)', ' (params['W1'] transposed)', ' (3 = W.shape[1], 4 = X.shape[1])', or '': an array's shape in
    the terms of the call's arguments."""
    if not shape:
        return ""
    same = next((label for label, s in shapes if s == shape), None)
    if same is not None:
        return "" if same == name else f" (as {same})"
    flipped = next((label for label, s in shapes if len(s) == 2 and s[0] != s[1] and s[::-1] == shape), None)
    if flipped is not None:
        return f" ({flipped} transposed)"
    named = [f"{size} = {axes[size][0]}" for size in dict.fromkeys(shape) if size in axes]
    return f" ({', '.join(named)})" if named else ""


def site_values(setting: Setting, args: tuple, sites: tuple) -> str:
    """'at mlp.py line 5 `Z = W @ A + b`, W is a (3, 4) float64 array (params['W1'] transposed), ...; called from
    mlp.py line 9 `A = forward(X, params)`, where ...': the crash sites of one call (Outcome.sites, the failing
    line first) with each array's shape in the terms of the call's bound arguments `args`; '' without names."""
    if not any(names for *_, names in sites):
        return ""
    shapes, axes = _shapes_of(setting, args), _axes(setting, args)
    parts = []
    for i, (file, line, text, names) in enumerate(sites):
        values = ", ".join(f"{name} is {what}{'' if shape is None else _related(name, shape, shapes, axes)}"
                           for name, what, shape in names)
        parts.append(f"{'at' if i == 0 else 'called from'} {file} line {line} `{text}`"
                     + (f", {'' if i == 0 else 'where '}{values}" if values else ""))
    return "; ".join(parts)


_NO_SUCH_NAME = re.compile(r"AttributeError: module '(\w+)' has no attribute '(\w+)'")


def crash_values(setting: Setting, how: str, every: bool, values: str, error: str = "") -> Relation:
    """A crash (`how`: 'raises ValueError at f.py line 5', `error` its message) stated with the values on its line
    (`values`: 'on the example, ' and site_values)."""
    exception, inputs = how.split(" at ")[0], "every input" if every else "some inputs"
    # the failing line is the student's own raise or assert: a check of theirs, not names holding the wrong thing
    own = re.search(r"line \d+ `(raise|assert)\b", values)
    # a name the module lacks (np.float, np.NaN: aliases NumPy removed, common in older courses' code)
    missing = _NO_SUCH_NAME.search(error)
    cast = CAST_ERROR.search(error)
    advice = (f"that {own.group(1)} is your own check, and it refuses an input the docstring allows: let every input "
              f"of the docstring's domain through" if own else
              f"{missing.group(1)} has no name {missing.group(2)} in the version graded here (an alias removed from it, "
              f"or a misspelling): the error's own words say what to write instead" if missing else
              CAST_ADVICE.format(**cast.groupdict()) if cast else
              "check what each name holds against what the line needs (a transpose, another layer's array, an axis, "
              "a key)")
    return Relation("crash-values", f"your {setting.function} {exception} on {inputs}; {values}: {advice}",
                    f"{how.replace('raises', 'a', 1)}, with the values shown", ())
