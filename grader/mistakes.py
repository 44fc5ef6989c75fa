"""The mistake catalogue mechanism: name a wrong answer by the known mistake that produces it.

A Mistake is a wrong variant of a reference function (same signature,
usually a small wrapper around reference/ code). Specs attach mistakes to
the functions they grade; when a check fails, its Evidence (the plain inputs
of each call and the student's value) is replayed through each variant in
the trusted process, and a variant that reproduces every one of the
student's values (allclose, NaN equal to NaN) names the mistake and gives
its hint. Only trusted code runs here: variants and recorded values.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Sequence

import numpy as np

from grader.checks.base import Evidence
from grader.checks.cases import Case, run_trusted
from grader.checks.validate import leaves, pick


@dataclass(frozen=True)
class Mistake:
    """id like "softmax-no-max-shift"; title says what was done; hint nudges without giving the answer."""

    id: str
    title: str
    hint: str
    variant: Callable[..., Any]


def _same(a: Any, b: Any, rtol: float, atol: float) -> bool:
    """Same structure, equal str/bool/None leaves and allclose numbers (exact ndarrays and plain numbers only)."""
    la, lb = leaves(a), leaves(b)
    if [p for p, _ in la] != [p for p, _ in lb]:
        return False
    for (_, x), (_, y) in zip(la, lb):
        if type(x) in (str, bool, type(None)) or type(y) in (str, bool, type(None)):
            if type(x) is not type(y) or x != y:
                return False
            continue
        if not all(type(v) is np.ndarray or type(v) in (float, int) for v in (x, y)):
            return False
        x, y = np.asarray(x), np.asarray(y)
        if x.shape != y.shape or x.dtype.kind not in "fiu" or y.dtype.kind not in "fiu":
            return False
        if not np.allclose(x, y, rtol=rtol, atol=atol, equal_nan=True):
            return False
    return True


def reproduces(mistake: Mistake, evidence: Sequence[Evidence], rtol: float = 1e-6, atol: float = 1e-9) -> bool:
    """True when the variant gives the student's value on every piece of evidence (and there is some)."""
    if not evidence:
        return False
    for item in evidence:
        try:
            # private copies: a variant may mutate its inputs (that can be the mistake it models)
            case = Case(copy.deepcopy(item.args), copy.deepcopy(item.kwargs))
            value = pick(run_trusted(mistake.variant, case), item.pick)
        except Exception:  # a variant that cannot run on these inputs does not explain them
            return False
        if not _same(value, item.value, rtol, atol):
            return False
    return True


def diagnose(mistakes: Iterable[Mistake], evidence: Sequence[Evidence]) -> Mistake | None:
    """The first mistake whose variant reproduces the evidence, or None."""
    return next((m for m in mistakes if reproduces(m, evidence)), None)
