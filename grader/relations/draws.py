"""Relations of random results: the values the reference gives with other draws, not the generator's.

A function handed a generator (an `RNG` argument) must draw every random
number from it, in the order its docstring gives, so its result is one exact
value per seed. A student who draws from np.random, from a new generator or
in another order gets values of the right distribution that are not the
generator's. The evidence cannot show where the draws came from, but it can
show that the values are of the right kind: the reference, run with the same
arguments and other seeds (`SEEDS` of them), gives each entry's distribution,
and the student's entries are judged against it:

    draws   discrete entries (a dropout mask: 0 or 1 / (1 - p)): every entry is a value the reference
            gives there with other seeds, taken about as often as those seeds take it, and equal to
            the generator's value as often as two independent draws are; continuous entries (He's
            normal draws): none equals the right one, their ranks among the other seeds' values are
            uniform (a Kolmogorov-Smirnov test) and they are uncorrelated with the right ones;
            entries that no seed changes are right.

Calls where the leaf is right are left out (a generator of its own, seeded 0, draws the right values on a
call whose rng is seeded 0): claimed only when every entry of every other call fits, with enough entries to
judge (`MIN_ENTRIES`), each test at SPREAD standard errors: a result scaled
or shifted, the right draws times a constant, a mask that keeps every unit
fail the frequencies, the ranks or the independence.
"""

from __future__ import annotations

import numpy as np

from mlptutor.grader.relations.base import Relation, leaf_of
from mlptutor.grader.relations.changes import Memo
from mlptutor.grader.relations.values import Item, Leaf, Setting, holds
from mlptutor.grader.sandbox import RNG

SEEDS = 64  # other seeds per call: each value of a two-valued entry shows up, an entry's ranks are fine enough
FIRST_SEED = 7_919_000  # far from the seeds the specs draw (which are large random numbers or small fixed ones)
MIN_ENTRIES = 12  # random entries pooled over the calls: fewer say nothing about a distribution
# a reference doing more work than this on the call (values.counted: a training run) is not run SEEDS more
# times; counted, never timed, so the same submission gets the same explanation on any machine
MAX_WORK = 40_000
ATOMS = 8  # an entry with at most this many different values over the seeds is discrete
SPREAD = 4.0  # standard errors the frequencies may be off by


def _seeded(item: Item) -> bool:
    return any(type(a) is RNG for a in (*item.args, *item.kwargs.values()))


def _reseed(item: Item, seed: int) -> tuple[tuple, dict]:
    args = tuple(RNG(seed) if type(a) is RNG else a for a in item.args)
    kwargs = {k: RNG(seed) if type(v) is RNG else v for k, v in item.kwargs.items()}
    return args, kwargs


def _samples(setting: Setting, item: Item, memo: Memo) -> list | None:
    """The reference's results on this call with SEEDS other seeds (memoised per item), or None when it
    cannot run them or is too slow for that (more than MAX_WORK on the call itself)."""
    key = ("draws", id(item))
    if key not in memo.results:
        runs = [setting.run(*_reseed(item, FIRST_SEED + k), item.pick) for k in range(SEEDS)] \
            if item.work <= MAX_WORK else [None]
        memo.results[key] = None if any(r is None for r in runs) else runs
    return memo.results[key]


class _Pool:
    """What the entries of one leaf say, pooled over the calls."""

    def __init__(self):
        self.ranks: list[float] = []  # continuous entries: the fraction of other seeds' values below it
        self.hit: list[float] = []  # discrete entries: how often the other seeds take the student's value
        self.expected_hit: list[float] = []  # ... and how often that is on average, sum_v p_v^2
        self.hit_variance: list[float] = []
        self.atoms_used: set[int] = set()  # discrete entries: which value by frequency (0 the commonest) they take
        self.same: list[float] = []  # discrete entries: 1 where the student's value is the generator's
        self.pairs: list[tuple[float, float]] = []  # continuous entries: (got, right), standardised by the draws

    @property
    def entries(self) -> int:
        return len(self.ranks) + len(self.hit)


def _judge_entry(pool: _Pool, got: float, exp: float, values: np.ndarray) -> bool:
    """One entry against the other seeds' values there; False when it cannot be one of them."""
    rounded = np.round(values, 12)
    atoms, counts = np.unique(rounded, return_counts=True)
    if len(atoms) == 1:  # no seed changes it: it must be the right value
        return holds(np.asarray(got), np.asarray(exp))
    if len(atoms) <= ATOMS:
        match = [i for i, a in enumerate(atoms) if holds(np.asarray(got), np.asarray(a))]
        if not match:
            return False
        m = counts.sum()
        p = counts / m
        pool.hit.append(float(p[match[0]]))
        # E[p(X)] for X drawn, unbiased from m draws (p^2 from the same draws would overstate it), and the
        # variance of one entry's hit: of X, plus that of the estimate p
        pool.expected_hit.append(float(np.sum(counts * (counts - 1)) / (m * (m - 1))))
        pool.hit_variance.append(float(np.sum(p ** 3) - np.sum(p ** 2) ** 2 + np.sum(p ** 2 * (1 - p)) / m))
        pool.atoms_used.add(int(np.argsort(-counts, kind="stable").tolist().index(match[0])))
        pool.same.append(float(holds(np.asarray(got), np.asarray(exp))))
        return True
    if len(atoms) < len(values) or holds(np.asarray(got), np.asarray(exp)):
        return False  # partly discrete, or a continuous draw equal to the generator's: not another draw
    pool.ranks.append((float(np.sum(values < got)) + 0.5) / (len(values) + 1))
    mean, std = float(values.mean()), float(values.std())
    pool.pairs.append(((got - mean) / std, (exp - mean) / std))
    return True


def _uniform(ranks: list[float]) -> bool:
    """The ranks fit a uniform distribution: Kolmogorov-Smirnov at about the 1% level, widened by the
    ranks' own step 1 / (SEEDS + 1)."""
    u = np.sort(np.asarray(ranks))
    n = len(u)
    grid = np.arange(1, n + 1) / n
    distance = max(float(np.max(grid - u)), float(np.max(u - (grid - 1 / n))))
    return distance <= 1.63 / np.sqrt(n) + 1.0 / (SEEDS + 1)


def _frequencies(pool: _Pool) -> bool:
    """The discrete entries take their values about as often as the draws do, not always the commonest, and
    agree with the generator's values as often as two independent draws do."""
    if not pool.hit:
        return True
    observed, expected = sum(pool.hit), sum(pool.expected_hit)
    if abs(observed - expected) > SPREAD * np.sqrt(sum(pool.hit_variance)) + 1e-9:
        return False
    q = np.asarray(pool.expected_hit)
    if abs(sum(pool.same) - float(q.sum())) > SPREAD * np.sqrt(float(np.sum(q * (1 - q)))) + 1e-9:
        return False
    return len(pool.atoms_used) > 1


def _independent(pairs: list[tuple[float, float]]) -> bool:
    """The continuous entries are uncorrelated with the generator's (a scaled or shifted copy of the right
    draws is no other draw): their correlation within SPREAD / sqrt(n) of 0."""
    if not pairs:
        return True
    g, e = np.asarray(pairs).T
    scale = float(np.sqrt(np.sum(g * g) * np.sum(e * e)))
    return scale > 0 and abs(float(np.sum(g * e))) / scale <= SPREAD / np.sqrt(len(pairs))


def draws(leaf: Leaf, setting: Setting, memo: Memo) -> Relation | None:
    """The leaf is what the reference gives with other draws (see the module docstring), or None."""
    if not leaf.numeric or not all(_seeded(item) for item in leaf.items):
        return None
    pool = _Pool()
    for item, got, exp, off in zip(leaf.items, leaf.got, leaf.expected, leaf.off_masks()):
        if not off.any():  # a call where it is right (a fixed generator seeded as this call's) shows nothing
            continue
        runs = _samples(setting, item, memo)
        if runs is None or got.shape != exp.shape:
            return None
        samples = [leaf_of(r, leaf.path) for r in runs]
        if any(s is None or s.shape != exp.shape for s in samples):
            return None
        stacked = np.stack(samples).reshape(len(samples), -1)
        if not np.all(np.isfinite(stacked)) or not np.all(np.isfinite(got)):
            return None
        for index, (g, e) in enumerate(zip(got.ravel(), exp.ravel())):
            if not _judge_entry(pool, float(g), float(e), stacked[:, index]):
                return None
    if pool.entries < MIN_ENTRIES or not _frequencies(pool) or (pool.ranks and not _uniform(pool.ranks)) \
            or not _independent(pool.pairs):
        return None
    what = setting.label(leaf.path)
    kind = ("each entry is a value the reference gives there with other draws, as often as they give it"
            if not pool.ranks else "its values spread like the reference's with other draws (their ranks among "
            "them are uniform)")
    calls = sum(1 for m in leaf.off_masks() if m.any())
    return Relation("draws", f"your {what} is not what the generator passed in draws, yet {kind} ({pool.entries} "
                             f"random entries, {calls} calls off): draw every random number from the rng argument, "
                             f"in the order the docstring gives (not np.random, not a new generator)",
                    f"the right {what} with other draws", leaf.path)

