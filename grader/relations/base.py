"""A found relation, and the named factors several families share (N, 1/N, K, 2, -1, an argument's value)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

import numpy as np

from mlptutor.grader.checks.validate import pick
from mlptutor.grader.relations.values import ANY, Item, Leaf, Setting, field_of, holds, is_float, is_scalar, number


@dataclass(frozen=True)
class Relation:
    """How the student's value relates to the right one, on every failing piece of evidence.

    kind: "factor", "transpose", ... (the row's mistake is "relation:<kind>");
    line: the one-line explanation shown to the student (no hidden values);
    title: a short noun phrase, "the right dW times 1/N";
    path: the leaf of the result it is about;
    predict: (arguments, kwargs, pick, the reference's leaf at `path`) -> the leaf the relation predicts
        on another input, or None where it cannot say (used to pick a public counterexample);
    weak: said of its leaf only when no other leaf that is off has a relation (`find`): true of what the
        student's value is, but not of why (an argument left as it came by a condition deciding wrongly).
    """

    kind: str
    line: str
    title: str
    path: tuple = ()
    predict: Callable[[tuple, dict, tuple | None, np.ndarray], np.ndarray | None] | None = None
    weak: bool = False


@dataclass(frozen=True)
class Factor:
    """A factor named by what it is, computed per call from its arguments (None: undefined there)."""

    name: str
    meaning: str  # "N, the batch size"
    cause: str  # what usually makes it
    value: Callable[[Item], float | None]


def _n(item: Item):
    """N, or None for an empty batch (no factor of N is seen on a call without rows)."""
    return item.sizes[0] or None


def _k(item: Item):
    return item.sizes[1] or None


def _m(item: Item):
    """The number of entries of the first array argument (a vector's length, N K for a matrix)."""
    arrays = item.array_arguments()
    return arrays[0].size if arrays and arrays[0].size else None


def _ratio(top, bottom):
    def value(item):
        t, b = top(item), bottom(item)
        return None if t is None or b is None or b == 0 else t / b
    return value


def _const(c):
    return lambda item: c


SIGN_ADVICE = "check the order of a difference or a minus sign"
NAMED_FACTORS = (
    Factor("-1", "", f"the sign is flipped: {SIGN_ADVICE}", _const(-1.0)),
    Factor("2", "", "a factor 2 too many (a 1/2 that should cancel it, or a term counted twice)", _const(2.0)),
    Factor("1/2", "", "a factor 1/2 too many, or a term counted once that counts twice", _const(0.5)),
    Factor("1/N", "N, the batch size", "divided by N once more: the 1/N of a mean is already inside",
           _ratio(_const(1.0), _n)),
    Factor("N", "N, the batch size", "a sum over the batch where the mean is due, or a missing 1/N",
           lambda item: _n(item)),
    Factor("1/K", "K, the size of the last axis", "divided by K: a mean over the last axis where a sum is due",
           _ratio(_const(1.0), _k)),
    Factor("K", "K, the size of the last axis", "a sum over the last axis where a mean is due", lambda item: _k(item)),
    Factor("N/K", "N the batch size, K the size of the last axis", "divided by K where the division is by N",
           _ratio(_n, _k)),
    Factor("K/N", "N the batch size, K the size of the last axis", "divided by N where the division is by K",
           _ratio(_k, _n)),
    Factor("1/(N K)", "N K, the number of entries", "a mean over every entry where the mean is over the batch",
           _ratio(_const(1.0), lambda item: None if _n(item) is None or _k(item) is None else _n(item) * _k(item))),
    Factor("-1/N", "N, the batch size", "the sign is flipped and divided by N once more", _ratio(_const(-1.0), _n)),
    Factor("-N", "N, the batch size", "the sign is flipped and the batch summed where the mean is due",
           lambda item: None if _n(item) is None else -_n(item)),
    Factor("-2", "", "the sign is flipped and a factor 2 too many", _const(-2.0)),
    Factor("N^2", "N, the batch size", "multiplied by N where the mean divides by N",
           lambda item: None if _n(item) is None else float(_n(item)) ** 2),
    Factor("1/N^2", "N, the batch size", "divided by N twice: the 1/N of the mean is already inside",
           lambda item: None if _n(item) is None else float(_n(item)) ** -2),
    Factor("1/M", "M, the number of entries of the first array argument",
           "a mean over every entry where a sum is due inside the formula (np.mean for np.sum)",
           lambda item: _ratio(_const(1.0), _m)(item)),
    Factor("M", "M, the number of entries of the first array argument",
           "a sum over every entry where a mean is due inside the formula (np.sum for np.mean)", lambda item: _m(item)),
)


def argument_factors(setting: Setting) -> tuple[Factor, ...]:
    """A scalar argument's value and its inverse as factors (lam, 1/lam, eta, ...); for a probability
    (0 < p < 1 on some call) also its complement 1 - p: times 1 - p, 1 / (1 - p), and their squares (a
    multiplication by 1 - p where the division is due)."""
    found = []
    for i, name in enumerate(setting.parameters):
        def value(item, i=i):
            v = item.args[i] if i < len(item.args) else None
            return float(v) if is_scalar(v) and v not in (0, 1) else None
        found.append(Factor(name, f"the argument {name}", f"an extra factor {name}", value))
        found.append(Factor(f"1/{name}", f"the argument {name}", f"a factor {name} missing",
                            _ratio(_const(1.0), value)))
        for power, form, cause in COMPLEMENTS:
            found.append(Factor(form.format(p=name), f"the argument {name}", cause.format(p=name),
                                lambda item, i=i, power=power: _complement(item, i, power)))
    return tuple(found)


COMPLEMENTS = (
    (1, "1 - {p}", "a division by 1 - {p} is missing"),
    (-1, "1/(1 - {p})", "divided by 1 - {p} once too often"),
    (2, "(1 - {p})^2", "multiplied by 1 - {p} where dividing by it is due"),
    (-2, "1/(1 - {p})^2", "divided by 1 - {p} where multiplying by it is due"),
)


def _complement(item: Item, i: int, power: int) -> float | None:
    """(1 - p) ** power for a probability argument p, a float in any form (0 <= p < 1; p = 0 gives 1), else None:
    a count of 0 is no probability."""
    v = item.args[i] if i < len(item.args) else None
    return (1.0 - float(v)) ** power if is_float(v) and 0 <= v < 1 else None


def _product(a: Factor, b: Factor) -> Factor:
    def value(item):
        x, y = a.value(item), b.value(item)
        return None if x is None or y is None else x * y
    inverse = b.name.startswith("1/")
    name = {"-1": f"-{b.name}",
            "2": f"2/{b.name[2:]}" if inverse else f"2 {b.name}",
            "1/2": f"1/(2 {b.name[2:]})" if inverse else f"{b.name}/2"}[a.name]
    return Factor(name, b.meaning, f"{a.cause.split(' (')[0].split(':')[0]} and {b.cause}", value)


def factors(setting: Setting) -> tuple[Factor, ...]:
    """The named factors, then an argument's value or inverse, then those times 2, 1/2 or -1."""
    arguments = argument_factors(setting)
    simple = NAMED_FACTORS[:3]
    sized = tuple(f for f in NAMED_FACTORS if f.name in ("N", "1/N", "K", "1/K"))
    return NAMED_FACTORS + arguments + tuple(_product(a, b) for a in simple for b in sized[2:] + arguments)


def ratio(got: np.ndarray, predicted: np.ndarray | None) -> float | None:
    """c with got == c * predicted (NaN: any c fits, the prediction is 0 where got is), or None."""
    if predicted is None or got.shape != predicted.shape:
        return None
    finite = np.isfinite(predicted) & np.isfinite(got)
    if not finite.all():
        return np.nan if holds(got, predicted) else None
    norm = float(np.vdot(predicted, predicted))
    if norm == 0:
        return np.nan if not got.any() else None
    c = float(np.vdot(got, predicted)) / norm
    return c if holds(got, c * predicted) else None


def matching_factor(leaf: Leaf, predicted: list[np.ndarray | None], candidates) -> Factor | None:
    """The first factor f with got == f(item) * predicted on every item, and f != 1 somewhere it matters."""
    ratios = []
    for g, p in zip(leaf.got, predicted):
        r = ratio(g, p)
        if r is None:
            return None
        ratios.append(r)
    for f in candidates:
        values = [f.value(item) for item in leaf.items]
        if any(v is None for v in values):
            continue
        if all(v == 1.0 for v, r in zip(values, ratios) if not np.isnan(r)):
            continue
        if all(np.isnan(r) or np.isclose(r, v, rtol=1e-9, atol=0) for r, v in zip(ratios, values)) and all(
                holds(g, v * p) for g, v, p in zip(leaf.got, values, predicted)):
            return f
    return None


MAX_LISTED = 4  # names of leaves listed in one sentence (a list of 100 entries said each: mistakes[0] ... [99])


def listed(labels: list[str]) -> str:
    """'a', 'a and b', 'a, b, c and d', 'a, b, c, d and 96 more'."""
    if len(labels) > MAX_LISTED:
        return f"{', '.join(labels[:MAX_LISTED])} and {len(labels) - MAX_LISTED} more"
    return labels[0] if len(labels) == 1 else f"{', '.join(labels[:-1])} and {labels[-1]}"


def also_off(labels: list[str]) -> str:
    """The clause naming the other leaves that are off: '; a and b are off too', or '' for none."""
    return f"; {listed(labels)} {'is' if len(labels) == 1 else 'are'} off too" if labels else ""


def compact(value: float) -> str:
    """A number as short text: 3, 0.25, -1.5, 0.333; a number near but not at +-1 with the digits that show it
    (0.99989, not 1: a factor said as "times 1" claims nothing is off)."""
    for digits in range(3, 17):
        text = f"{value:.{digits}g}"
        if abs(float(text)) != 1.0 or abs(value) == 1.0:
            return text
    return text


# factors a changed computation may carry besides (the axis of a mean moves its 1/N, for one)
COMPOSED = tuple(f for f in NAMED_FACTORS if f.name in ("-1", "2", "1/2", "N", "1/N", "K", "1/K", "N/K", "K/N"))
EXACT = Factor("1", "", "", lambda item: 1.0)


def fit(leaf: Leaf, predicted: list[np.ndarray | None]) -> Factor | None:
    """EXACT when got == predicted on every item, else a named factor with got == f * predicted, else None."""
    if any(p is None for p in predicted):
        return None
    if all(holds(g, p) for g, p in zip(leaf.got, predicted)):
        return EXACT
    return matching_factor(leaf, predicted, COMPOSED)


def times(f: Factor) -> str:
    """' times 1/N' for a composed factor, '' for EXACT."""
    if f is EXACT:
        return ""
    meaning = f" ({f.meaning})" if f.meaning else ""
    return f", times {f.name}{meaning}"


def leaf_of(value: Any, path: tuple) -> np.ndarray | None:
    """The numeric leaf at `path` of a trusted value, as float64 (a field of a list's entries: their numbers), or
    None."""
    if ANY in path:
        return field_of(value, path)
    try:
        return number(pick(value, path))
    except (KeyError, IndexError, TypeError):
        return None
