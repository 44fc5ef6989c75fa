"""Relations between the student's entries and the right ones, entry by entry: float32 rounding, a
factor (named or a constant), signs, squares and square roots, an offset (constant or per row)."""

from __future__ import annotations

import inspect

import numpy as np

from mlptutor.grader.checks.validate import leaves
from mlptutor.grader.relations.base import SIGN_ADVICE, Relation, compact, factors, matching_factor
from mlptutor.grader.relations.stated import BOOL_MASK
from mlptutor.grader.relations.values import Item, Leaf, Setting, holds, off, one_number, wrong_kind


def same_shapes(leaf: Leaf) -> bool:
    return leaf.numeric and all(g.shape == e.shape for g, e in zip(leaf.got, leaf.expected))


def dtype(leaf: Leaf, setting: Setting) -> Relation | None:
    """The right numbers as booleans or integers where floats are due."""
    kinds = [g for g, e in zip(leaf.dtypes, leaf.expected_dtypes) if wrong_kind(g, e)]
    if not kinds or not same_shapes(leaf) or any(off(g, e).any() for g, e in zip(leaf.got, leaf.expected)):
        return None
    what = setting.label(leaf.path)
    if leaf.expected_dtypes[0] == "int":
        return Relation("dtype", f"your {what} has the right value as a {kinds[0]}: return a Python int (int(...)), "
                                 f"it counts whole things", f"the right {what} as a {kinds[0]}", leaf.path)
    if all(e.ndim == 0 for e in leaf.expected):  # a number (a dict's value), where a float array would mislead
        kind = f"{'an' if kinds[0].startswith('i') else 'a'} {kinds[0]}"
        return Relation("dtype", f"your {what} has the right value as {kind}: make it a float, e.g. with float(...) "
                                 f"or a float literal (0.0, not 0)", f"the right {what} as {kind}", leaf.path)
    if kinds[0] == "bool":  # a comparison's mask returned as it is (relu_grad's z > 0)
        return Relation("dtype", f"your {what} holds the right values as {BOOL_MASK}", f"the right {what} as bool",
                        leaf.path)
    return Relation("dtype", f"your {what} has the right values as {kinds[0]}: return a float array "
                             f"(float64), e.g. with .astype(float)", f"the right {what} as {kinds[0]}", leaf.path)


def float32(leaf: Leaf, setting: Setting) -> Relation | None:
    """Right to float32 precision only: off at float64 but every difference within a few float32 roundings
    of the result's scale (the largest right value of its call; the inputs' scale would let a clip at large
    inputs pass), either as float32 numbers (float32 values, or float64 holding float32 numbers) or as a
    float32 step inside a float64 computation. Such a step rounds both ways: a shortfall (or excess) of one
    factor per call on the same side on every call is a systematic term (an eps in a denominator), not
    rounding. "About 7 digits" is said only where every entry has them (within a few float32 roundings of
    itself, or below float32's smallest normal number); float32 numbers whose small entries lost more (a sum
    that cancels) are said as such; float64 numbers off beyond their own rounding are no float32 step (a
    probability clipped at 1e-7 is off by less than the result's rounding, not to 7 digits)."""
    if not same_shapes(leaf):
        return None
    eps, tiny = float(np.finfo(np.float32).eps), float(np.finfo(np.float32).tiny)
    stepped, every_entry = [], True
    for got, exp, dtype in zip(leaf.got, leaf.expected, leaf.dtypes):
        scale = max(float(np.max(np.abs(exp), initial=0.0)), 1e-30)
        error = np.abs(got - exp)
        if not np.all(np.isfinite(got)) or not np.all(error <= ROUNDINGS * eps * scale):
            return None
        rounded = dtype == "float32" or bool(np.all(got.astype(np.float32).astype(np.float64) == got))
        if not np.all(error <= ROUNDINGS * (eps * np.abs(exp) + tiny)):
            if not rounded:
                return None
            every_entry = False
        if not rounded and off(got, exp).any():
            stepped.append((got, exp))
    if stepped and _one_sided_factor(stepped):
        return None
    what = setting.label(leaf.path)
    if every_entry:
        return Relation("float32", f"your {what} agrees with the right one to about 7 digits only, float32 precision: "
                                   f"compute in float64 (no float32 arrays or casts)",
                        f"the right {what} rounded to float32", leaf.path)
    return Relation("float32", f"your {what} holds float32 numbers: right to float32 precision of its largest entries, "
                               f"its small ones off by more (float32 rounding of a sum or difference of larger "
                               f"numbers): compute in float64 (no float32 arrays or casts)",
                    f"the right {what} computed in float32", leaf.path)


# float32 roundings a float32 step may accumulate, relative to the result's scale
ROUNDINGS = 16


def _one_sided_factor(pairs: list[tuple[np.ndarray, np.ndarray]]) -> bool:
    """Every (got, expected) pair is expected times one number of its own, all of them on one side of 1."""
    sides = set()
    for got, exp in pairs:
        norm = float(np.vdot(exp, exp))
        if norm == 0:
            return False
        c = float(np.vdot(got, exp)) / norm
        if not holds(got, c * exp) or c == 1.0:
            return False
        sides.add(c > 1.0)
    return len(sides) == 1


def factor(leaf: Leaf, setting: Setting) -> Relation | None:
    """got = f * expected with f named: -1, 2, 1/2, N, 1/N, K, 1/K, N/K, an argument's value, ... (not between
    two sets of values that are each one number)"""
    if not same_shapes(leaf) or (one_number(leaf.expected) and one_number(leaf.got)):
        return None
    f = matching_factor(leaf, list(leaf.expected), factors(setting))
    if f is None:
        return None
    what = setting.label(leaf.path)
    meaning = f" ({f.meaning})" if f.meaning else ""
    phrase = {"-1": f"the right {what} with the sign flipped", "2": f"twice the right {what}",
              "1/2": f"half the right {what}"}.get(f.name, f"the right {what} times {f.name}{meaning}")
    cause = SIGN_ADVICE if f.name == "-1" else f.cause  # the phrase has said the sign is flipped
    return Relation("factor", f"your {what} is {phrase}: {cause}", phrase, leaf.path,
                    lambda args, kwargs, item_pick, exp: _scaled(f, setting, args, kwargs, exp))


def _scaled(f, setting, args, kwargs, exp):
    value = f.value(Item(args, kwargs, None, exp, exp))
    return None if value is None else value * np.asarray(exp, dtype=np.float64)


def constant_factor(leaf: Leaf, setting: Setting) -> Relation | None:
    """got = c * expected with one constant c on every call (not a named one), seen on two calls at least: on
    one call a single number fits too easily (a 2-class output bias is always [a, -a], any two such are
    proportional), and a trained run's parameters scaled by a constant would mean nothing; nor where the right
    values are all one number (any one number is then a constant times it)."""
    if not same_shapes(leaf) or one_number(leaf.expected):
        return None
    cs = []
    for got, exp in zip(leaf.got, leaf.expected):
        if not np.all(np.isfinite(got)) or not np.any(exp != 0):
            continue
        c = float(np.vdot(got, exp) / np.vdot(exp, exp))
        if not holds(got, c * exp):
            return None
        cs.append(c)
    informative = sum(int(np.count_nonzero(e)) for e in leaf.expected)
    if informative < 2 or len(cs) < 2 or not np.allclose(cs, cs[0], rtol=1e-9) or np.isclose(cs[0], 1.0) or cs[0] == 0:
        return None
    if not all(holds(g, cs[0] * e) for g, e in zip(leaf.got, leaf.expected)):
        return None
    what, c = setting.label(leaf.path), cs[0]
    # calls of one shape (a statistical check's draws of one layer) show the constant for that shape only
    shapes = {e.shape for e in leaf.expected}
    seen = "every input" if len(shapes) > 1 else f"{len(leaf.expected)} calls, all of shape {shapes.pop()}"
    return Relation("factor", f"your {what} is the right one times {compact(c)} (the same constant on {seen}): "
                              f"a constant factor too many or missing",
                    f"the right {what} times {compact(c)}", leaf.path,
                    lambda args, kwargs, item_pick, exp: c * np.asarray(exp, dtype=np.float64))


def sign(leaf: Leaf, setting: Setting) -> Relation | None:
    """|got| = |expected| with the sign wrong on some entries (not all: that is the factor -1)."""
    if not same_shapes(leaf):
        return None
    flipped = total = 0
    for got, exp in zip(leaf.got, leaf.expected):
        if not holds(np.abs(got), np.abs(exp)):
            return None
        wrong = off(got, exp)
        flipped, total = flipped + int(wrong.sum()), total + int(np.sum(exp != 0))
    if not 0 < flipped < total:
        return None
    what = setting.label(leaf.path)
    return Relation("sign", f"your {what} has the right size in every entry but the wrong sign in {flipped} of "
                            f"{total}: a sign that depends on the entry (a condition or an abs) is wrong",
                    f"the right {what} with some signs flipped", leaf.path)


def square(leaf: Leaf, setting: Setting) -> Relation | None:
    """got = expected^2 or got = sqrt(expected) (kind "square"), or got = 1 / expected (kind "reciprocal")."""
    if not same_shapes(leaf):
        return None
    what = setting.label(leaf.path)
    with np.errstate(all="ignore"):
        forms = (  # the reciprocal is its own kind: "square" would mislead for 1/x
            ("square", "the square of", lambda e: e * e, "squared once too often"),
            ("square", "the square root of", lambda e: np.sqrt(e) if np.all(e >= 0) else None,
             "a square root too many"),
            ("reciprocal", "the reciprocal of", lambda e: 1.0 / e if np.all(e != 0) else None,
             "divided where it should multiply"),
        )
        for kind, name, form, cause in forms:
            predicted = [form(e) for e in leaf.expected]
            if all(holds(g, p) for g, p in zip(leaf.got, predicted)):
                return Relation(kind, f"your {what} is {name} the right one: {cause}",
                                f"{name} the right {what}", leaf.path,
                                lambda args, kwargs, item_pick, exp, form=form: form(np.asarray(exp, dtype=np.float64)))
    return None


AFFINE = ((-1.0, "minus the right one"), (0.5, "half the right one"), (2.0, "twice the right one"))


def offset(leaf: Leaf, setting: Setting) -> Relation | None:
    """got = expected + c with one constant c; or with a constant per row (per call for a vector: where some row
    that is off is not one number, see _rows_vary_where_off); or
    got = a expected + c, a = -1, 1/2 or 2, c one constant per call. Some call's right values vary."""
    if not same_shapes(leaf) or not any(e.size > 1 and np.ptp(e) > 0 for e in leaf.expected) \
            or sum(e.size for e in leaf.expected) < 3:
        return None
    what = setting.label(leaf.path)
    diffs = [g - e for g, e in zip(leaf.got, leaf.expected)]
    if not all(np.all(np.isfinite(d)) and d.size for d in diffs):  # an empty call shows no offset
        return None
    c = float(diffs[0].mean())
    if all(holds(g, e + c) for g, e in zip(leaf.got, leaf.expected)):
        return Relation("offset", f"your {what} is the right one {'+' if c > 0 else '-'} {compact(abs(c))} in every "
                                  f"entry: a constant term too many or missing",
                        f"the right {what} shifted by {compact(c)}", leaf.path,
                        lambda args, kwargs, item_pick, exp: np.asarray(exp, dtype=np.float64) + c)
    per_row = [d.mean(axis=-1, keepdims=True) if d.ndim else d for d in diffs]
    wide = any(d.ndim and d.shape[-1] > 1 for d in diffs)
    if wide and _rows_vary_where_off(leaf) and all(holds(g, e + r) for g, e, r in zip(leaf.got, leaf.expected, per_row)):
        return Relation("offset", f"your {what} is off by one constant per row (each row shifted by its own amount): "
                                  f"a per-row term, such as a normalisation, is missing or extra",
                        f"the right {what} shifted row by row", leaf.path)
    for a, name in AFFINE:
        shifts = [float((g - a * e).mean()) for g, e in zip(leaf.got, leaf.expected)]
        if all(holds(g, a * e + b) for g, e, b in zip(leaf.got, leaf.expected, shifts)):
            same = np.allclose(shifts, shifts[0], rtol=1e-9)
            constant = f"{compact(shifts[0])}" if same else "a constant of each call"
            return Relation("offset", f"your {what} is {name} plus {constant}: a sign or a factor inside the "
                                      f"formula is wrong, not the whole result", f"{name} plus {constant}", leaf.path)
    return None


def _rows_vary_where_off(leaf: Leaf) -> bool:
    """Some row that is off holds right entries that differ: where every such row is one number, any values
    that are one number per row are "shifted row by row", which then says nothing."""
    for e, mask in zip(leaf.expected, leaf.off_masks()):
        if e.ndim and e.size:
            rows, off_rows = e.reshape(-1, e.shape[-1]), mask.reshape(-1, e.shape[-1]).any(axis=1)
            if any(not holds(row, np.full_like(row, row[0])) for row in rows[off_rows]):
                return True
    return False


def entrywise(leaf: Leaf, setting: Setting) -> Relation | None:
    """got = expected * X or got * X = expected (expected / X where X is not 0) entry by entry, X an argument
    (or a part of one) of the leaf's shape, or another function of the exercise at one (sigmoid(z): sigmoid'(z)
    written as 1 - s)."""
    if not same_shapes(leaf):
        return None
    what = setting.label(leaf.path)
    tables = [_factors(item, leaf, k, setting) for k, item in enumerate(leaf.items)]
    for label, first in tables[0].items():
        if not all(label in t and t[label].shape == e.shape for t, e in zip(tables, leaf.expected)):
            continue
        if all(np.all(t[label] == 1) for t in tables):
            continue
        # where the argument is 0 any value times it is the right 0: it must be other than 0 where the leaf is off
        if not any(np.any((t[label] != 0) & m) for t, m in zip(tables, leaf.off_masks())):
            continue
        with np.errstate(all="ignore"):
            for sym, fits, cause in (
                    ("multiplied", lambda g, e, x: holds(g, e * x), f"an extra factor {label}"),
                    # got * x = expected: where x is 0 the right value is 0 and any got fits (z Phi(z) as Phi(z))
                    ("divided", lambda g, e, x: holds(g, e / x) or (bool(np.all(np.isfinite(g))) and holds(g * x, e)),
                     f"{label} divides where it should not, or a factor {label} is missing")):
                if all(fits(g, e, t[label]) for g, e, t in zip(leaf.got, leaf.expected, tables)):
                    return Relation("factor", f"your {what} is the right {what} {sym} entry by entry by {label}: "
                                              f"{cause}", f"the right {what} {sym} entry by entry by {label}",
                                    leaf.path)
    return None


def _factors(item, leaf: Leaf, k: int, setting: Setting) -> dict[str, np.ndarray]:
    """label -> array: the call's float arguments, and every other function of the exercise whose only required
    parameter has an argument's name, at that argument ("sigmoid(z)"), where its value is not the right one itself
    (times that is the square)."""
    found = dict(labelled_arrays(item.args, setting.parameters))
    for label, x in list(found.items()):
        for name, fn in setting.siblings:
            if name == setting.function or _required(fn) != [label]:
                continue
            value = setting.run((x,), {}, None, fn)
            if type(value) is np.ndarray and value.shape == x.shape and value.dtype.kind == "f" \
                    and not holds(value, leaf.expected[k]):
                found[f"{name}({label})"] = value
    return found


def _required(fn) -> list[str] | None:
    """The names of a function's parameters without a default, or None when it has no signature."""
    try:
        return [p.name for p in inspect.signature(fn).parameters.values() if p.default is p.empty]
    except (TypeError, ValueError):
        return None


def labelled_arrays(args: tuple, names: list[str]) -> list[tuple[str, np.ndarray]]:
    """(label, array) of every float array in the arguments: 'A', "cache[0]", "params['W1']"."""
    found = []
    for name, value in zip(names, args):
        for path, v in leaves(value):
            if type(v) is np.ndarray and v.dtype.kind == "f":
                found.append((name + "".join(f"[{p!r}]" for p in path), v))
    return found


def constant(leaf: Leaf, setting: Setting) -> Relation | None:
    """The same number in every entry of every call (0, NaN, ...), or one number times N or over N (the
    batch size): the value does not depend on the input's values, where the right ones are not all one number."""
    if not leaf.numeric or not all(g.size for g in leaf.got) or sum(g.size for g in leaf.got) < 2:
        return None
    if one_number(leaf.expected) or sum(int(m.sum()) for m in leaf.off_masks()) < 2:
        # the right one is one number too (a layer's index), or yours is off once only (a gradient left over from
        # the call before, right on that call): "does not depend on the input" says nothing
        return None
    what = setting.label(leaf.path)
    first = leaf.got[0].ravel()[0]
    same = (lambda g, c: np.all(np.isnan(g))) if np.isnan(first) else (lambda g, c: np.allclose(g, c, rtol=1e-12, atol=0))
    if all(same(g, first) for g in leaf.got):
        text = "NaN" if np.isnan(first) else compact(float(first))
        # inf or NaN where the right values are finite is a log(0), 0/0 or overflow on the way, no input left out
        # (bce of P holding 0 and 1 without clipping was told "it does not depend on the input yet")
        why = ("a log(0), 0/0 or overflow on the way, where the right one is finite: clip, shift or use a numerically "
               "stable form" if not np.isfinite(first) and all(np.isfinite(e).all() for e in leaf.expected)
               else "it does not depend on the input yet (compute it from the arguments)")
        return Relation("constant", f"your {what} is {text} in every entry for every input: {why}",
                        f"{text} for every input", leaf.path,
                        lambda args, kwargs, item_pick, exp: np.full(np.shape(exp), float(first)))
    sizes = [item.sizes[0] for item in leaf.items]
    if None in sizes or 0 in sizes or len(set(sizes)) < 2 or np.isnan(first):
        return None
    for name, power in (("/ N", -1), ("N", 1)):
        c = float(first) * sizes[0] ** -power
        if all(same(g, c * n ** power) for g, n in zip(leaf.got, sizes)):
            text = f"{compact(c)} {name}" if power < 0 else f"{compact(c)} N"
            return Relation("constant", f"your {what} is {text} (N, the batch size) for every input: it depends on "
                                        f"the number of rows only, not on their values", f"{text} for every input",
                            leaf.path)
    return None


def affine(leaf: Leaf, setting: Setting) -> Relation | None:
    """A number per call (an epoch, a count, a loss): got = a * expected + b with one a and b on every call,
    fitted over at least three different right values (two always fit a line); b != 0 (else a factor)."""
    if not leaf.numeric or not all(g.ndim == 0 and e.ndim == 0 for g, e in zip(leaf.got, leaf.expected)):
        return None
    e = np.array([float(x) for x in leaf.expected])
    g = np.array([float(x) for x in leaf.got])
    if not (np.all(np.isfinite(e)) and np.all(np.isfinite(g))) or len(np.unique(e)) < 3:
        return None
    a, b = np.linalg.lstsq(np.stack([e, np.ones_like(e)], axis=1), g, rcond=None)[0]
    whole = leaf.expected_dtypes[0] == "int"
    if whole:
        a, b = round(a), round(b)
    if not holds(g, a * e + b) or np.isclose(a, 0) or abs(b) <= 1e-9 * max(1.0, float(np.abs(e).max())):
        return None
    what = setting.label(leaf.path)
    shift = f"{'+' if b > 0 else '-'} {compact(abs(b))}"
    if np.isclose(a, 1):
        phrase = f"the right {what} {shift}"
        cause = ("counted from another start, or off by that many on every input" if whole
                 else "a constant term too many or missing")
    else:
        phrase = f"{compact(a)} times the right {what} {shift}"
        cause = "counted in steps of that size from another start" if whole else "a factor and a constant term are off"
    return Relation("affine", f"your {what} is {phrase} on every input: {cause}", phrase, leaf.path,
                    lambda args, kwargs, item_pick, exp: a * np.asarray(exp, dtype=np.float64) + b)


def row_factor(leaf: Leaf, setting: Setting) -> Relation | None:
    """got = expected times one number per row (rows of several entries, the numbers not all one, nor one
    constant; some row that is off not one number, which any number per row would fit): a per-row normalisation
    missing or extra."""
    if not same_shapes(leaf) or not all(e.ndim == 2 and e.shape[1] > 1 for e in leaf.expected) \
            or not _rows_vary_where_off(leaf):
        return None
    found = []
    for got, exp in zip(leaf.got, leaf.expected):
        if not (np.all(np.isfinite(got)) and np.all(np.isfinite(exp))):
            return None
        norm = np.sum(exp * exp, axis=1, keepdims=True)
        if np.any(norm == 0):
            return None
        r = np.sum(got * exp, axis=1, keepdims=True) / norm
        if not holds(got, r * exp):
            return None
        found.append(r.ravel())
    # one number for a whole call is no normalisation per row (a factor of the call: said elsewhere or not at all)
    if all(np.allclose(r, r[0], rtol=1e-9) for r in found):
        return None
    what = setting.label(leaf.path)
    return Relation("factor", f"your {what} is the right one with each row times its own number: a per-row "
                              f"normalisation (dividing by a sum or a maximum over the row) is missing or extra",
                    f"the right {what} times a number per row", leaf.path)


def geometric(leaf: Leaf, setting: Setting) -> Relation | None:
    """A sequence (one entry per layer or step, 3 or more) whose entry i is the right one times a c^i, c != 1:
    a factor applied once per step, compounding (a weight scale off by c in every layer of a ReLU net)."""
    if not same_shapes(leaf) or not all(e.ndim == 1 and e.size >= 3 for e in leaf.expected):
        return None
    growth = []
    for got, exp in zip(leaf.got, leaf.expected):
        c = _growth(got, exp)
        if c is None:
            return None
        growth.append(c)
    what = setting.label(leaf.path)
    same = np.allclose(growth, growth[0], rtol=1e-9)
    per = f"c = {compact(growth[0])}" if same else f"c = {compact(min(growth))} to {compact(max(growth))} by input"
    return Relation("factor", f"your {what} is the right one times a factor that grows by c with every entry (entry i "
                              f"times a c^i, {per}): a factor too many or missing in every step (layer), compounding; "
                              f"check the scale each step applies", f"the right {what} times a c^i ({per})", leaf.path)


def _growth(got: np.ndarray, exp: np.ndarray) -> float | None:
    """c > 0, c != 1, with got[i] = a c^i exp[i] for one a, fitted on the entries where the right one is not 0
    (three at least; where it is 0 any factor gives 0), or None."""
    if not (np.all(np.isfinite(got)) and np.all(np.isfinite(exp))):
        return None
    known = np.flatnonzero(exp)
    if known.size < 3:
        return None
    i, j = known[:2]
    ri, rj = got[i] / exp[i], got[j] / exp[j]
    if ri == 0 or rj / ri <= 0:
        return None
    c = float((rj / ri) ** (1.0 / (j - i)))
    if np.isclose(c, 1.0, rtol=1e-9, atol=0) or not holds(got, exp * (ri / c ** i) * c ** np.arange(exp.size)):
        return None
    return c


def skipped(leaf: Leaf, setting: Setting) -> Relation | None:
    """Right in every entry but the first or the last (in reading order), which is 0 on every call: a loop over
    the entries that starts one late or stops one short."""
    if not same_shapes(leaf) or not all(e.size > 1 for e in leaf.expected):
        return None
    for where, at, cause in (("last", -1, "stops one entry short (range(n - 1), a slice [:-1])"),
                             ("first", 0, "starts one entry late (range(1, n), a slice [1:])")):
        fits = True
        for got, exp, mask in zip(leaf.got, leaf.expected, leaf.off_masks()):
            flat_mask, flat_got = mask.reshape(-1), got.reshape(-1)
            if flat_got[at] != 0 or np.delete(flat_mask, at).any():
                fits = False
                break
        if fits:
            what = setting.label(leaf.path)
            return Relation("skipped", f"your {what} is right in every entry but the {where}, which is 0 on every input: "
                                       f"the loop over the entries {cause}", f"the right {what} without its {where} entry",
                            leaf.path, lambda args, kwargs, item_pick, exp, at=at: _zeroed(exp, at))
    return None


def _zeroed(exp, at: int) -> np.ndarray:
    out = np.array(exp, dtype=np.float64)
    out.reshape(-1)[at] = 0.0
    return out
