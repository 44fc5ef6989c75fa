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
from mlptutor.grader.relations.values import Item, Leaf, Setting, holds_each
from mlptutor.grader.sandbox import RNG

SEEDS = 64  # other seeds per call: each value of a two-valued entry shows up, an entry's ranks are fine enough
FIRST_SEED = 7_919_000  # far from the seeds the specs draw (which are large random numbers or small fixed ones)
MIN_ENTRIES = 12  # random entries pooled over the calls: fewer say nothing about a distribution
# a reference doing more work than this on the call (effort.counted: a training run) is not run SEEDS more
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


def _judge_item(pool: _Pool, got: np.ndarray, exp: np.ndarray, samples: np.ndarray) -> bool:
    """Each entry of one call (got, exp flat) against the other seeds' values there (samples: seeds x entries),
    all entries at once; False when some entry cannot be one of them."""
    seeds = samples.shape[0]
    # an entry's values in a row (a copy: samples.T of one entry is no copy, and samples is left alone), rounded and
    # sorted in place: its distinct values (atoms) are runs, as np.unique gives them (-0.0 is 0.0)
    columns = samples.T.copy()
    np.round(columns, 12, out=columns)
    columns.sort(axis=1)
    starts = np.ones(columns.shape, dtype=bool)
    starts[:, 1:] = columns[:, 1:] != columns[:, :-1]
    atoms = starts.sum(axis=1)
    constant, discrete, continuous = atoms == 1, (atoms > 1) & (atoms <= ATOMS), atoms > ATOMS
    if not holds_each(got[constant], exp[constant]).all():  # no seed changes it: it must be the right value
        return False
    if np.any(continuous & (atoms < seeds)):  # partly discrete: not another draw
        return False
    return _discrete(pool, got[discrete], exp[discrete], columns[discrete], starts[discrete]) and \
        _continuous(pool, got[continuous], exp[continuous], samples[:, continuous])


def _atoms(columns: np.ndarray, starts: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Each row's atoms (ascending) and how many seeds give each, padded to ATOMS with NaN (which no finite
    value holds to) and 0."""
    rows, positions = np.nonzero(starts)  # row by row
    per_row = starts.sum(axis=1)
    slots = np.arange(len(rows)) - np.repeat(np.cumsum(per_row) - per_row, per_row)  # the how-manyth in its row
    atoms = np.full((len(columns), ATOMS), np.nan)
    atoms[rows, slots] = columns[rows, positions]
    begins = np.full((len(columns), ATOMS + 1), columns.shape[1])
    begins[rows, slots] = positions
    return atoms, np.diff(begins, axis=1)


def _frequency(counts: np.ndarray) -> tuple[float, float, np.ndarray]:
    """For one entry's atom counts: how often two draws agree, the variance of one entry's hit, and each atom's
    place by frequency (0 the commonest, ties in atom order)."""
    m = counts.sum()
    p = counts / m
    # E[p(X)] for X drawn, unbiased from m draws (p^2 from the same draws would overstate it), and the variance of
    # one entry's hit: of X, plus that of the estimate p
    expected_hit = float(np.sum(counts * (counts - 1)) / (m * (m - 1)))
    hit_variance = float(np.sum(p ** 3) - np.sum(p ** 2) ** 2 + np.sum(p ** 2 * (1 - p)) / m)
    place = np.zeros(ATOMS, dtype=int)
    place[np.argsort(-counts, kind="stable")] = np.arange(len(counts))
    return expected_hit, hit_variance, place


def _discrete(pool: _Pool, got: np.ndarray, exp: np.ndarray, columns: np.ndarray, starts: np.ndarray) -> bool:
    """Entries of 2..ATOMS atoms: each must be one of them; pooled are how often the seeds take it (`_Pool`)."""
    if not len(got):
        return True
    atoms, counts = _atoms(columns, starts)
    fits = holds_each(got[:, None], atoms)
    if not fits.any(axis=1).all():
        return False
    match = fits.argmax(axis=1)  # the first atom it equals
    # per distinct counts, not per entry: a mask's entries share a few, and the sums over so few atoms are numpy's
    # own (a sum over the padded rows could round otherwise)
    keys = counts @ (columns.shape[1] + 1) ** np.arange(ATOMS)  # a row of counts as one number (digits <= seeds)
    _, first, which = np.unique(keys, return_index=True, return_inverse=True)
    expected_hit, hit_variance, place = zip(*(_frequency(c[c > 0]) for c in counts[first]))
    pool.hit += (counts[np.arange(len(got)), match] / columns.shape[1]).tolist()  # the share of seeds taking it
    pool.expected_hit += np.asarray(expected_hit)[which].tolist()
    pool.hit_variance += np.asarray(hit_variance)[which].tolist()
    pool.atoms_used.update(np.unique(np.asarray(place)[which, match]).tolist())
    pool.same += holds_each(got, exp).astype(float).tolist()
    return True


def _continuous(pool: _Pool, got: np.ndarray, exp: np.ndarray, samples: np.ndarray) -> bool:
    """Entries whose seeds all differ: none may equal the generator's value (then it is no other draw); pooled
    are its rank among the seeds' values and (got, right) standardised by them."""
    if holds_each(got, exp).any():
        return False
    # an entry's values contiguous in a row: numpy sums a row pairwise, as it sums one entry's values alone (down
    # the columns of samples it would add them in another order, and round otherwise)
    columns = np.ascontiguousarray(samples.T)
    pool.ranks += ((np.sum(columns < got[:, None], axis=1) + 0.5) / (columns.shape[1] + 1)).tolist()
    mean, std = columns.mean(axis=1), columns.std(axis=1)
    with np.errstate(over="ignore"):  # a huge right value (never checked finite) is an infinite one here
        pool.pairs += list(zip(((got - mean) / std).tolist(), ((exp - mean) / std).tolist()))
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
        if not _judge_item(pool, got.ravel(), exp.ravel(), stacked):
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

