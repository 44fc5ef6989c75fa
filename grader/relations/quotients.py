"""A numerical derivative taken another way: the student's result, at every entry i, is another difference
quotient of the function argument f at x than the right one (a one-sided difference, the central one over h
or not divided at all, a divisor multiplied, another step).

Tried where the reference takes a function f and a step h (a float) and the leaf has the shape of an array
argument x (or of the part of a dict argument at the leaf's key: f is then taken of that part, the rest of
the dict as it came). Each candidate is worked out here, one coordinate at a time, with the trusted f
(`difference`, on which the spec of gradcheck builds its mistakes too):

    (f(x + a h e_i) - f(x + b h e_i)) * s        (a, b) one of (1, -1), (1, 0), (0, -1); s a scale of h

and claimed when it gives the student's value on every call where it is off (the right one,
(a, b) = (1, -1) and s = 1/(2h), never fits an off value). A central difference with the step 1 instead of h
is tried too (a default h written as 1), and central ones with a point placed at x_i = h or x_i = -h instead of
moved by it (x[i] = h written for x[i] += h, on one side or both).

`within`: a result the reference builds on such a derivative of its own exercise (gradient_check on
numerical_gradient) is compared with the reference rerun with that helper taken as each candidate, over a
copy of its module's globals (the module itself is never changed: other threads may grade with it).
"""

from __future__ import annotations

import inspect
from typing import Any, Callable

import numpy as np

from mlptutor.grader.relations.base import Relation
from mlptutor.grader.relations.rescoped import module_of, run_with
from mlptutor.grader.relations.values import Item, Leaf, Setting, holds, is_float

# (a, b, how the two points read), the right pair first; {f}, {x}, {h}: the parameters' names
POINTS = ((1, -1, "{f}({x} + {h} e_i) - {f}({x} - {h} e_i)"), (1, 0, "{f}({x} + {h} e_i) - {f}({x})"),
          (0, -1, "{f}({x}) - {f}({x} - {h} e_i)"))
# (scale of h, how it reads), the right one first
SCALES = ((lambda h: 1 / (2 * h), " / (2{h})"), (lambda h: 1 / h, " / {h}"), (lambda h: 0.5, " / 2"),
          (lambda h: 1.0, ""), (lambda h: 2 * h, " * 2{h}"), (lambda h: h / 2, " * {h} / 2"))
UNIT = "the central difference with the step 1, ({f}({x} + e_i) - {f}({x} - e_i)) / 2,"
# (which of the two points is placed at x_i = a h rather than moved to x_i + a h, how they read), over 2h
PLACED = (((True, False), "{f}({x} with {x}_i = {h}) - {f}({x} - {h} e_i)"),
          ((False, True), "{f}({x} + {h} e_i) - {f}({x} with {x}_i = -{h})"),
          ((True, True), "{f}({x} with {x}_i = {h}) - {f}({x} with {x}_i = -{h})"))
# every other quotient: (how it reads, difference()'s a, b and placed, the scale of h)
CANDIDATES = tuple((f"({points}){divided}", (a, b, (False, False)), scale) for i, (a, b, points) in enumerate(POINTS)
                   for j, (scale, divided) in enumerate(SCALES) if (i, j) != (0, 0)) + \
    tuple((f"({points}){SCALES[0][1]}", (1, -1, placed), SCALES[0][0]) for placed, points in PLACED)
_KEYS = tuple(dict.fromkeys(key for _, key, _ in CANDIDATES))  # the differences the candidates read
MAX_ENTRIES = 64  # coordinates differenced per call (two calls of f each)


def quotients(leaf: Leaf, setting: Setting) -> Relation | None:
    if not leaf.numeric or any(g.shape != e.shape for g, e in zip(leaf.got, leaf.expected)):
        return None
    found = [_parts(item, leaf.path, exp.shape, setting) for item, exp in zip(leaf.items, leaf.expected)]
    if any(p is None for p in found):
        return None
    wrong = [bool(m.any()) for m in leaf.off_masks()]
    with np.errstate(all="ignore"):
        try:
            differences = [{key: difference(f, x, h, *key) for key in _KEYS}
                           for f, x, h, _ in found]
            unit = [difference(f, x, 1.0) / 2 for f, x, _, _ in found]
        except Exception:  # a callable argument that is no function of x (a class, a factory) differences nothing
            return None
        for quotient, key, scale in CANDIDATES:
            if all(not w or holds(g, d[key] * scale(h)) for g, d, (_, _, h, _), w in
                   zip(leaf.got, differences, found, wrong)):
                return _said(setting, leaf, found[0][3], quotient)
    if all(not w or holds(g, u) for g, u, w in zip(leaf.got, unit, wrong)):
        return _said(setting, leaf, found[0][3], UNIT)
    return None


def within(leaf: Leaf, setting: Setting) -> Relation | None:
    """The reference run with a numerical derivative of its own exercise, which it calls (a gradient check built
    on a numerical gradient: sibling(f, x, h) with a float default h, a global of the reference's module), taken
    by another difference quotient: the student's value on every call where it is off. Each rerun differences
    every entry of the arguments once per candidate: bounded by the candidates, not by the budget's count."""
    if not leaf.numeric:
        return None
    module = module_of(setting)
    for name, sibling in setting.siblings:
        if sibling is setting.reference or module is None or getattr(module, name, None) is not sibling \
                or not _differences_f(sibling):
            continue
        wrong = [bool(m.any()) for m in leaf.off_masks()]
        candidates = [(quotient, _variant(key, scale)) for quotient, key, scale in CANDIDATES]
        candidates.append((UNIT, lambda f, x, h=None: difference(f, x, 1.0) / 2))
        for quotient, variant in candidates:
            if all(not w or holds(g, run_with(setting, item, {name: variant}, leaf.path))
                   for item, g, w in zip(leaf.items, leaf.got, wrong)):
                what, named = setting.label(leaf.path), quotient.format(f="f", x="x", h="h")
                return Relation("quotient", f"your {what} is the right one computed with {name}(f, x, h) taken as "
                                            f"{named.rstrip(',')} at every entry i (e_i the i-th unit step) where the "
                                            f"central difference (f(x + h e_i) - f(x - h e_i)) / (2h) is due: check the "
                                            f"numerical gradient it is built on (the two points it differences, what it "
                                            f"divides by)", f"the right {what} on another difference quotient ({named})",
                                leaf.path)
    return None


def _differences_f(fn: Callable) -> bool:
    """fn(f, x, h=<a float>): a numerical derivative's signature."""
    try:
        params = list(inspect.signature(fn).parameters.values())
    except (TypeError, ValueError):
        return False
    return len(params) == 3 and is_float(params[2].default)


def _variant(key: tuple, scale: Callable[[float], float]) -> Callable:
    def numerical(f, x, h=1e-5):
        return difference(f, x, h, *key) * scale(h)
    return numerical


def _said(setting: Setting, leaf: Leaf, names: dict, quotient: str) -> Relation:
    what, named = setting.label(leaf.path), quotient.format(**names)
    right = f"({POINTS[0][2]}){SCALES[0][1]}".format(**names)
    # the title names x as such: the leaves of a dict share it ("so are your b1 and W2")
    title = "another difference quotient, " + quotient.format(**{**names, "x": "x"}).rstrip(",")
    return Relation("quotient", f"your {what} is {named} at every entry i where it is off (e_i the i-th unit step), "
                                f"where the central difference {right} is due: check the two points you difference "
                                f"and what you divide by", title, leaf.path)


def _parts(item: Item, path: tuple, shape: tuple, setting: Setting) -> tuple | None:
    """(f of one array, x, h, the names of f, x and h) for this call and leaf, or None."""
    names = setting.parameters
    fs = [i for i, v in enumerate(item.args) if callable(v) and not isinstance(v, np.ndarray)]
    hs = [i for i, v in enumerate(item.args) if is_float(v)]
    if len(fs) != 1 or not hs or len(names) < len(item.args):
        return None
    f, h = item.args[fs[0]], float(item.args[hs[-1]])
    if h == 0:
        return None
    for i, v in enumerate(item.args):
        if isinstance(v, np.ndarray) and not path and v.shape == shape and v.size <= MAX_ENTRIES:
            return f, v, h, {"f": names[fs[0]], "x": names[i], "h": names[hs[-1]]}
        if type(v) is dict and len(path) == 1 and path[0] in v and np.shape(v[path[0]]) == shape \
                and np.size(v[path[0]]) <= MAX_ENTRIES:
            def of_part(value, whole=v, key=path[0], fn=f):
                return fn({**whole, key: value})
            return of_part, v[path[0]], h, {"f": names[fs[0]], "x": f"{names[i]}[{path[0]!r}]", "h": names[hs[-1]]}
    return None


def difference(f: Callable[[np.ndarray], Any], x: Any, h: float, a: int = 1, b: int = -1,
               placed: tuple = (False, False), *, dtype=np.float64, over: str = "entry",
               restore: bool = True) -> np.ndarray:
    """f(x + a h e_i) - f(x + b h e_i) at every entry i of a copy of x (float64, x's shape): the numerator of a
    numerical derivative, one coordinate at a time. The spec of gradcheck builds its mistakes on it, with the
    slips a student makes: the copy in another `dtype` (None: x's own, an int x truncating x_i + h), a whole row
    i (`over="row"`) or all of x at once (`over="all"`) moved in place of e_i, and x_i left at x_i + b h after
    its difference (`restore=False`); `placed` (upper, lower): that point at x_i = a h (b h) instead, x[i] = h
    written for x[i] += h."""
    x = np.array(x, dtype=dtype)
    out = np.zeros(x.shape)
    places = {"entry": np.ndindex(x.shape), "row": range(len(x)), "all": [...]}[over]
    for i in places:
        original = np.copy(x[i])  # a row or all of x is a view
        x[i] = _point(original, a, h, placed[0])
        upper = f(x)
        x[i] = _point(original, b, h, placed[1])
        lower = f(x)
        if restore:
            x[i] = original
        out[i] = upper - lower
    return out


def _point(original, k: int, h: float, placed: bool):
    """x_i at one point of a difference: original + k h, or k h placed in its stead."""
    if placed:
        return k * h
    return original + k * h if k else original  # (+ 0 h would turn a -0.0 into 0.0)
