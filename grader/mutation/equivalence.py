"""Differential testing: is a mutant equivalent to its reference on the whole input set?

A mutant differs when, on some input where the reference returns normally,
it returns a different value (structure, shape, dtype, or numbers beyond the
grader's own tolerance, `grader/checks/tolerance.py`: a difference the value
checks accept is no wrong answer), a float32 result, raises, hangs, changes
an argument the reference leaves alone, or emits a RuntimeWarning the
reference does not. A mutant whose numbers differ somewhere beyond rounding
(rtol 1e-12 of the result's scale) but nowhere beyond that tolerance is
"below-tolerance": not graded, counted apart. Formula answers (strings) are
compared by value at points sampled in their variables' ranges.

Mutants are trusted code (derived from reference/) but may loop or blow up:
`judge_all` runs them in worker processes, each mutant under a wall-time
alarm and an address-space limit, and a worker that dies takes only its
mutant down (counted as differing: "crashed").

A mutant whose every distinguishing input is tagged "kink" differs only at
a point where either one-sided derivative is a valid answer: its verdict is
"kink-only", not "different". Statuses: equivalent, below-tolerance,
kink-only, different.
"""

from __future__ import annotations

import resource
import signal
import warnings
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Callable

import numpy as np

from mlptutor.grader.checks.tolerance import within
from mlptutor.grader.mutation.inputs import MutationCase, Seed, cases, fresh_arguments
from mlptutor.grader.mutation.mutants import Mutant, load_mutants, targets

ROUNDING = 1e-12  # relative to the result's scale: below it two computations differ by rounding only
SECONDS = 20  # wall seconds for all inputs of one mutant (the reference needs well under one)
MEMORY = 2 << 30
FORMULA_POINTS = 64


@dataclass(frozen=True)
class EquivalenceVerdict:
    """equivalent / below-tolerance / kink-only / different, why (one line) and the input that shows it (None if
    equivalent)."""

    mutant: str
    status: str
    reason: str = ""
    witness: str | None = None
    tag: str | None = None

    @property
    def different(self) -> bool:
        return self.status == "different"


class _Timeout(Exception):
    pass


# ---- comparing values ----

def why_different(expected: Any, got: Any, tight: bool = False) -> str | None:
    """Why `got` is not `expected` (one line), or None when they agree: numbers within the grader's tolerance,
    or (tight) within rounding."""
    if isinstance(expected, dict):
        if not isinstance(got, dict) or set(got) != set(expected):
            return f"keys {sorted(map(str, got)) if isinstance(got, dict) else type(got).__name__} instead of {sorted(map(str, expected))}"
        return next((f"[{k!r}]: {why}" for k in expected if (why := why_different(expected[k], got[k], tight))), None)
    if isinstance(expected, (tuple, list)):
        if not isinstance(got, (tuple, list)) or len(got) != len(expected):
            return f"{type(got).__name__} of length {len(got) if hasattr(got, '__len__') else '-'} instead of {len(expected)}"
        return next((f"[{i}]: {why}" for i, (e, g) in enumerate(zip(expected, got)) if (why := why_different(e, g, tight))), None)
    if callable(expected):  # a function passed in (the f of a gradient check): the very same one
        return None if got is expected else f"{got!r} instead of {expected!r}"
    if expected is None or isinstance(expected, (str, bool)):
        return None if type(got) is type(expected) and got == expected else f"{got!r} instead of {expected!r}"
    return _numbers_differ(expected, got, tight)


def _numbers_differ(expected, got, tight: bool) -> str | None:
    if isinstance(got, (dict, list, tuple, str)) or got is None:
        return f"a {type(got).__name__} instead of a number or array"
    e, g = np.asarray(expected), np.asarray(got)
    if g.dtype == object:
        return "an object array"
    if isinstance(expected, np.ndarray) != isinstance(got, np.ndarray):
        return f"a {type(got).__name__} instead of a {type(expected).__name__}"
    if e.shape != g.shape:
        return f"shape {g.shape} instead of {e.shape}"
    if g.dtype.kind == "f" and g.dtype.itemsize < 8 and e.dtype.itemsize == 8:
        return f"dtype {g.dtype} instead of {e.dtype}"
    if e.dtype.kind in "iu" and g.dtype.kind == "f" and isinstance(expected, np.ndarray):
        return f"dtype {g.dtype} instead of {e.dtype}"
    if g.dtype.kind not in "biuf":
        return f"dtype {g.dtype}"
    e, g = e.astype(np.float64), g.astype(np.float64)
    close = _close(g, e, tight)
    if close.all():
        return None
    bad = int(np.size(close) - np.count_nonzero(close))
    return f"{bad} of {close.size} values differ"


def _close(g: np.ndarray, e: np.ndarray, tight: bool) -> np.ndarray:
    """Entry by entry: g is e under the grader's tolerance (tight: within rounding of the result's scale);
    NaN equals NaN and an infinity the same infinity, as a NaN the reference gives is no mutant's fault."""
    with np.errstate(all="ignore"):
        if tight:
            finite = np.isfinite(e)
            scale = float(np.max(np.abs(e[finite]))) if finite.any() else 0.0
            ok = np.abs(g - e) <= ROUNDING * max(scale, 1.0)
        else:
            ok = within(g, e)
    return ok | (np.isnan(g) & np.isnan(e)) | (np.isinf(g) & (g == e))


def _formula_value(text: str, point: dict) -> np.ndarray:
    from mlptutor.reference.erf import erf
    names = {"sigmoid": lambda t: 1 / (1 + np.exp(-t)), "tanh": np.tanh, "exp": np.exp, "log": np.log, "sqrt": np.sqrt,
             "sech": lambda t: 1 / np.cosh(t), "cosh": np.cosh, "sinh": np.sinh, "erf": erf}
    with np.errstate(all="ignore"):
        return np.broadcast_to(np.asarray(eval(text, {"__builtins__": {}}, {**names, **point}), dtype=np.float64),
                               next(iter(point.values())).shape)


def formulas_differ(function: str, expected: str, got: Any, tight: bool = False) -> str | None:
    """Compare two formula texts by value at sampled points of the question's variables (at the grader's
    tolerance; tight: within rounding)."""
    from mlptutor.reference.derivatives import FORMULAS
    if not isinstance(got, str):
        return f"a {type(got).__name__} instead of a formula"
    rng = np.random.default_rng(0)
    point = {name: np.concatenate([[lo, hi, (lo + hi) / 2], rng.uniform(lo, hi, FORMULA_POINTS)])
             for name, (lo, hi) in FORMULAS[function].variables.items()}
    try:
        g = _formula_value(got, point)
    except Exception as exc:
        return f"the formula does not evaluate ({type(exc).__name__})"
    e = _formula_value(expected, point)
    if not _close(g, e, tight).all():
        return f"{got!r} differs from {expected!r} in value"
    return None


# ---- running one function on one input ----

@dataclass
class Run:
    value: Any = None
    error: str | None = None
    warned: bool = False
    changed: str | None = None  # which argument the call changed, if any


def run_case(fn: Callable, case: MutationCase) -> Run:
    """fn(*case.args, **case.kwargs) on private copies; what it returned, raised, warned and changed."""
    args, kwargs = fresh_arguments(case.args), fresh_arguments(case.kwargs)
    before = fresh_arguments((case.args, case.kwargs))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            value = fn(*args, **kwargs)
        except _Timeout:
            raise
        except MemoryError:
            return Run(error="MemoryError")
        except Exception as exc:
            return Run(error=f"{type(exc).__name__}: {exc}"[:200])
    warned = any(issubclass(w.category, RuntimeWarning) for w in caught)
    changed = next((f"argument {i + 1}" for i, (given, a, b) in enumerate(zip(case.args, before[0], args))
                    if not isinstance(given, Seed) and why_different(a, b, tight=True)), None)
    return Run(value, None, warned, changed)


# ---- one mutant ----

@lru_cache(maxsize=None)
def _reference_runs(exercise: str, function: str) -> tuple[list[MutationCase], list[Run]]:
    target = next(t for t in targets([exercise]) if t.function == function)
    inputs = cases(function, exercise)
    return inputs, [run_case(target.reference, case) for case in inputs]


def describe_case(case: MutationCase, width: int = 3000) -> str:
    """A readable form of an input: its tag and arguments (arrays of up to 64 entries in full, 6 digits)."""
    with np.printoptions(precision=6, threshold=64, edgeitems=3, linewidth=10_000):
        parts = [repr(a) if not isinstance(a, Seed) else f"default_rng({a.seed})" for a in case.args]
        parts += [f"{k}={v!r}" for k, v in case.kwargs.items()]
    text = " ".join(f"({case.tag}) {', '.join(parts)}".split())
    return text if len(text) <= width else text[: width - 3] + "..."


def _size(case: MutationCase) -> int:
    return sum(np.size(a) if isinstance(a, np.ndarray) else 1 for a in case.args)


def compare_mutant(mutant: Mutant) -> EquivalenceVerdict:
    """The mutant against its reference on every input (in this process; see judge_all for the safe way)."""
    inputs, expected = _reference_runs(mutant.exercise, mutant.function)
    try:
        fn = load_mutants(mutant.code, mutant.function)
    except Exception as exc:
        return EquivalenceVerdict(mutant.id, "different", f"does not load ({type(exc).__name__})")
    found, below = [], []
    for case, ref in zip(inputs, expected):
        if ref.error is not None:
            continue  # outside what the reference accepts: no verdict from this input
        got = run_case(fn, case)
        why = _why(mutant, ref, got)
        if why:
            found.append((case, why))
        elif not below and (why := _why(mutant, ref, got, tight=True)):
            below.append((case, why))
    if not found and below:
        case, why = below[0]
        return EquivalenceVerdict(mutant.id, "below-tolerance", why, describe_case(case), case.tag)
    if not found:
        return EquivalenceVerdict(mutant.id, "equivalent")
    real = [(c, w) for c, w in found if c.tag != "kink"]
    case, why = min(real or found, key=lambda cw: _size(cw[0]))
    return EquivalenceVerdict(mutant.id, "different" if real else "kink-only", why, describe_case(case), case.tag)


def _why(mutant: Mutant, ref: Run, got: Run, tight: bool = False) -> str | None:
    if got.error is not None:
        return f"raises {got.error}"
    if mutant.exercise == "derivatives":
        return formulas_differ(mutant.function, ref.value, got.value, tight)
    why = why_different(ref.value, got.value, tight)
    if why:
        return f"returns a different result: {why}"
    if got.changed and not ref.changed:
        return f"changes its {got.changed} in place"
    if got.warned and not ref.warned:
        return "emits a RuntimeWarning"
    return None


def _alarm(signum, frame):
    raise _Timeout


def _limited(mutant: Mutant, seconds: int) -> EquivalenceVerdict:
    signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(seconds)
    try:
        return compare_mutant(mutant)
    except _Timeout:
        return EquivalenceVerdict(mutant.id, "different", f"does not finish within {seconds} s")
    except RecursionError:
        return EquivalenceVerdict(mutant.id, "different", "recursion without end")
    finally:
        signal.alarm(0)


def _init_worker():
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY if hard == resource.RLIM_INFINITY else min(MEMORY, hard), hard))
    np.seterr(all="warn", under="ignore")


def judge_all(mutants: list[Mutant], workers: int = 2, seconds: int = SECONDS) -> dict[str, EquivalenceVerdict]:
    """Verdicts of every mutant, from `workers` processes; a mutant that kills its worker is "different"."""
    verdicts: dict[str, EquivalenceVerdict] = {}
    for m in _judge(mutants, workers, seconds, verdicts):  # a dead worker breaks the pool: rerun the unfinished alone
        if _judge([m], 1, seconds, verdicts):
            verdicts[m.id] = EquivalenceVerdict(m.id, "different", "kills the process running it")
    return verdicts


def _judge(mutants: list[Mutant], workers: int, seconds: int, verdicts: dict[str, EquivalenceVerdict]) -> list[Mutant]:
    """Judge into `verdicts`; the mutants left without one because a worker died."""
    unfinished = []
    with ProcessPoolExecutor(max(1, workers), initializer=_init_worker) as pool:
        futures = [(m, pool.submit(_limited, m, seconds)) for m in mutants]
        for m, future in futures:
            try:
                verdicts[m.id] = future.result()
            except BrokenProcessPool:
                unfinished.append(m)
    return unfinished
