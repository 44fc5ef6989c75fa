"""The draws relation judges a call's entries all at once (grader/relations/draws.py `_judge_item`): the same verdict
and the same pooled numbers, bit for bit, as the per-entry judge it replaced, kept below as the test's oracle, on
masks, continuous draws, mixtures, constant entries, NaN and infinite right values, -0.0 and 0.0, 2..8 and more
values per entry; and the same relation, end to end, on wrong functions of the draws tests."""

import importlib
import warnings
from dataclasses import replace

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mlptutor.grader.relations import Budget
from mlptutor.grader.relations.changes import Memo
from mlptutor.grader.relations.draws import ATOMS, SEEDS, _judge_item, _Pool, draws
from mlptutor.grader.relations.values import holds, items_of, leaf_views
from mlptutor.reference import init, regularization
from test_relations_kinds import (DROPOUT, HE, HE_CALLS, dropout_calls, dropout_global_rng, dropout_keeps_all,
                                  he_global_rng, he_global_rng_wider, seeded)

draws_module = importlib.import_module("mlptutor.grader.relations.draws")  # the package's `draws` is the function


# ---- the test's oracle: the per-entry judge of draws.py before it judged a call's entries at once ----

def _oracle_entry(pool, got, exp, values):
    rounded = np.round(values, 12)
    atoms, counts = np.unique(rounded, return_counts=True)
    if len(atoms) == 1:
        return holds(np.asarray(got), np.asarray(exp))
    if len(atoms) <= ATOMS:
        match = [i for i, a in enumerate(atoms) if holds(np.asarray(got), np.asarray(a))]
        if not match:
            return False
        m = counts.sum()
        p = counts / m
        pool.hit.append(float(p[match[0]]))
        pool.expected_hit.append(float(np.sum(counts * (counts - 1)) / (m * (m - 1))))
        pool.hit_variance.append(float(np.sum(p ** 3) - np.sum(p ** 2) ** 2 + np.sum(p ** 2 * (1 - p)) / m))
        pool.atoms_used.add(int(np.argsort(-counts, kind="stable").tolist().index(match[0])))
        pool.same.append(float(holds(np.asarray(got), np.asarray(exp))))
        return True
    if len(atoms) < len(values) or holds(np.asarray(got), np.asarray(exp)):
        return False
    pool.ranks.append((float(np.sum(values < got)) + 0.5) / (len(values) + 1))
    mean, std = float(values.mean()), float(values.std())
    pool.pairs.append(((got - mean) / std, (exp - mean) / std))
    return True


def oracle_item(pool, got, exp, samples):
    return all(_oracle_entry(pool, float(g), float(e), samples[:, i]) for i, (g, e) in enumerate(zip(got, exp)))


# ---- the comparison ----

def _bits(values) -> list[str]:
    """Floats as their exact bits (NaN as one: its payload is no number the relation reads)."""
    return [float(v).hex() for v in values]


def _contents(pool: _Pool) -> dict:
    return {"hit": _bits(pool.hit), "expected_hit": _bits(pool.expected_hit), "hit_variance": _bits(pool.hit_variance),
            "atoms_used": pool.atoms_used, "same": _bits(pool.same), "ranks": _bits(pool.ranks),
            "pairs": [_bits(pair) for pair in pool.pairs]}


def _warned(judge, *args) -> tuple[bool, set[str]]:
    """The judge's verdict and the warnings it gave (in the grader's process they would be printed)."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        verdict = judge(*args)
    return verdict, {str(w.message) for w in caught}


def judged_alike(got, exp, samples, pool=None, oracle=None) -> bool:
    """_judge_item's verdict, asserted equal to the oracle's, with the same pool (pools given: added to both) and
    the same warnings."""
    pool, oracle = pool or _Pool(), oracle or _Pool()
    got, exp, samples = (np.array(a, dtype=np.float64) for a in (got, exp, samples))
    kept = [a.copy() for a in (got, exp, samples)]
    verdict, warned = _warned(_judge_item, pool, got, exp, samples)
    assert all(_bits(a.ravel()) == _bits(b.ravel()) for a, b in zip((got, exp, samples), kept))  # left alone
    assert (verdict, warned) == _warned(oracle_item, oracle, *kept)
    if verdict:  # a refused call's pool is dropped: the oracle stopped at the first bad entry
        assert _contents(pool) == _contents(oracle)
        assert all(type(v) is float for v in (*pool.hit, *pool.same, *pool.ranks, *sum(pool.pairs, ())))
    return verdict


def masks(p: float, entries: int, seed: int) -> np.ndarray:
    """SEEDS dropout masks (seeds x entries) drawn as the reference draws them."""
    return np.stack([(np.random.default_rng(seed + k).random(entries) >= p) / (1 - p) for k in range(SEEDS)])


def normals(entries: int, seed: int, scale=1.0) -> np.ndarray:
    return np.random.default_rng(seed).normal(0, scale, size=(SEEDS, entries))


def with_atoms(values, entries: int, seed: int, weights=None) -> np.ndarray:
    """Each entry takes one of `values` per seed, every value at least once where there are seeds enough."""
    rng = np.random.default_rng(seed)
    picks = rng.choice(len(values), size=(SEEDS, entries), p=weights)
    picks[:len(values)] = np.arange(len(values))[:, None]
    return np.asarray(values, dtype=np.float64)[rng.permuted(picks, axis=0)]


# ---- hand-made calls ----

P = 0.3
RIGHT_MASK = masks(P, 300, 0)[0]
RIGHT_NORMAL = normals(300, 1)[0]


@pytest.mark.parametrize("got, exp, samples, verdict", [
    (masks(P, 300, 500)[0], RIGHT_MASK, masks(P, 300, 100), True),  # a mask of another generator
    (RIGHT_MASK, RIGHT_MASK, masks(P, 300, 100), True),  # each entry alone: the generator's value is one of the draws'
    (np.full(300, 1 / (1 - P)), RIGHT_MASK, masks(P, 300, 100), True),  # every unit kept
    (np.where(RIGHT_MASK > 0, 1.0, 0.0), RIGHT_MASK, masks(P, 300, 100), False),  # kept units not scaled: no atom
    (np.ones(300), np.ones(300), masks(0.0, 300, 100), True),  # p = 0: every entry constant, and right
    (np.ones(300) * (1 + 1e-7), np.ones(300), masks(0.0, 300, 100), False),
    (masks(0.95, 300, 7)[0], masks(0.95, 300, 8)[0], masks(0.95, 300, 100), False),  # constant columns among the rest
    (masks(0.5, 300, 9)[0] * (1 + 5e-10), masks(0.5, 300, 10)[0], masks(0.5, 300, 100), True),  # within holds' rounding
    (normals(300, 2)[0], RIGHT_NORMAL, normals(300, 100), True),  # another generator
    (RIGHT_NORMAL, RIGHT_NORMAL, normals(300, 100), False),  # the generator's own draws
    (1.6 * normals(300, 2)[0], RIGHT_NORMAL, normals(300, 100), True),  # scaled: the pool's tests tell it
    (normals(300, 2)[0] + 0.5, RIGHT_NORMAL, normals(300, 100), True),  # shifted
    (normals(300, 100)[5], RIGHT_NORMAL, normals(300, 100), True),  # a seed's own values: ties in the ranks
    (normals(300, 2)[0], np.r_[np.nan, np.inf, -np.inf, RIGHT_NORMAL[3:]], normals(300, 100), True),
    (normals(300, 2, 1e-3)[0], np.r_[1e308, -1e308, RIGHT_NORMAL[2:]], normals(300, 100, 1e-3), True),  # to inf
    (np.zeros(3), [np.nan, 0.0, 0.0], np.zeros((SEEDS, 3)), False),  # a constant entry whose right value is NaN
    (np.zeros(3), [-0.0, np.inf, 0.0], np.zeros((SEEDS, 3)), False),
    (np.zeros(4), [-0.0, 0.0, -0.0, 0.0], np.where(np.arange(SEEDS)[:, None] % 2, -0.0, 0.0) * np.ones(4), True),
    (np.r_[0.0, -0.0, 2.0, 2.0], [-0.0, 2.0, 0.0, 1.0], with_atoms([-0.0, 0.0, 2.0], 4, 3), True),
    (np.r_[1e-13, 3e-13], [0.0, 0.0], with_atoms([0.0, 1e-14, 4e-13, 1.0], 2, 4), True),  # rounded to 12 places
    (np.r_[1e300, 0.0], [1e300, -1e300], with_atoms([1e300, -1e300, 0.0], 2, 5), False),  # rounded to inf
    (np.arange(4.0), np.arange(4.0), with_atoms(np.arange(8.0), 4, 6), True),  # 8 atoms: discrete
    (np.arange(4.0), np.arange(4.0), with_atoms(np.arange(9.0), 4, 6), False),  # 9: partly discrete
    (np.full(4, 0.5), np.zeros(4), with_atoms(np.arange(SEEDS) / 7, 4, 6), True),  # 64 different: continuous
    (np.full(4, 0.5), np.zeros(4), with_atoms(np.arange(SEEDS - 1) / 7, 4, 6), False),  # 63
    (np.r_[masks(P, 50, 1)[0], normals(50, 3)[0]], np.r_[masks(P, 50, 2)[0], normals(50, 4)[0]],
     np.c_[masks(P, 50, 100), normals(50, 200)], True),  # a mixture of both kinds
    (np.r_[masks(P, 50, 1)[0], normals(50, 3)[0]], np.r_[masks(P, 50, 2)[0], normals(50, 3)[0]],
     np.c_[masks(P, 50, 100), normals(50, 200)], False),  # ... one of whose continuous entries is right
])
def test_judged_as_entry_by_entry(got, exp, samples, verdict):
    assert judged_alike(got, exp, samples) is verdict


def test_pooled_over_calls_as_entry_by_entry():
    pool, oracle = _Pool(), _Pool()
    for seed, weights in enumerate([None, [0.7, 0.2, 0.1], [0.1, 0.1, 0.8]]):
        samples = with_atoms([-1.0, 0.25, 3.0], 40, seed, weights)
        assert judged_alike(samples[seed], samples[seed + 1], samples, pool, oracle)
    assert judged_alike(normals(40, 1)[0], normals(40, 2)[0], normals(40, 3), pool, oracle)
    assert len(pool.hit) == 120 and len(pool.ranks) == 40 and pool.atoms_used == {0, 1, 2}


# ---- drawn calls ----

@st.composite
def columns(draw, entries: int, seed: int) -> np.ndarray:
    """SEEDS values of `entries` entries of one kind: constant, a mask, a few atoms, continuous, partly discrete."""
    rng = np.random.default_rng(seed)
    kind = draw(st.sampled_from(["constant", "mask", "atoms", "normal", "partly"]))
    if kind == "constant":
        value = draw(st.sampled_from([0.0, 1.0, -2.5, 1e-13, 1e6]))
        return np.where(rng.random((SEEDS, entries)) < 0.5, value, -value if value == 0 else value)
    if kind == "mask":
        return masks(draw(st.sampled_from([0.1, 0.3, 0.5, 0.9])), entries, seed)
    if kind == "atoms":
        values = draw(st.lists(st.sampled_from([0.0, -0.0, 1.0, -1.0, 0.5, 1e-13, 2e-12, 1e5, 1e5 + 1e-6, 3.3]),
                               min_size=2, max_size=ATOMS + 3))
        return with_atoms(values, entries, seed, rng.dirichlet(np.ones(len(values))))
    scale = draw(st.sampled_from([1e-6, 1.0, 1e4]))
    values = normals(entries, seed, scale)
    if kind == "partly":
        values[: draw(st.integers(1, SEEDS // 2))] = values[0]
    return values


@st.composite
def calls(draw):
    """(got, exp, samples) of one call: a mixture of entry kinds, the student's values of one kind or another."""
    seed = draw(st.integers(0, 2 ** 32 - 1))
    rng = np.random.default_rng(seed)
    parts = [draw(columns(draw(st.integers(1, 30)), seed + k)) for k in range(draw(st.integers(1, 3)))]
    samples = np.concatenate(parts, axis=1)

    def draws_of():  # one more draw of every entry: one seed's row, or each entry a seed's of its own
        seeds = rng.integers(SEEDS) if rng.random() < 0.5 else rng.integers(SEEDS, size=samples.shape[1])
        return samples[seeds, np.arange(samples.shape[1])]

    continuous = np.array([len(np.unique(column)) > ATOMS for column in samples.T])
    exp = draws_of()
    how = draw(st.sampled_from(["another", "right", "scaled", "shifted", "near", "far", "seed"]))
    got = {"another": draws_of() + rng.normal(0, 1e-3, samples.shape[1]) * continuous,
           "right": exp, "scaled": 1.6 * draws_of(), "shifted": draws_of() + 0.5,
           "near": draws_of() * (1 + draw(st.sampled_from([1e-11, 5e-10, 2e-9]))) + draw(st.sampled_from([0, 5e-13])),
           "far": draws_of() + 1e-6, "seed": samples[rng.integers(SEEDS)]}[how].copy()
    for index in draw(st.lists(st.integers(0, samples.shape[1] - 1), max_size=3)):  # a few right values odd
        exp[index] = draw(st.sampled_from([np.nan, np.inf, -np.inf, -0.0, got[index]]))
    return got, exp, samples


@settings(max_examples=200, deadline=None)
@given(calls())
def test_drawn_calls_judged_as_entry_by_entry(call):
    judged_alike(*call)


# ---- end to end ----

def exact_keep_count(A, p, rng, mode="train"):
    """Keeps exactly round((1-p) * size) units, chosen by a permutation of the generator passed."""
    keep = np.zeros(A.size)
    keep[rng.permutation(A.size)[:int(round((1 - p) * A.size))]] = 1.0
    mask = keep.reshape(A.shape) / (1 - p) if mode == "train" else np.ones_like(A)
    return A * mask, {"mask": mask}


@pytest.mark.parametrize("wrong, setting, calls", [
    (he_global_rng, HE, HE_CALLS), (he_global_rng_wider, HE, HE_CALLS), (init.he_normal, HE, HE_CALLS),
    (dropout_global_rng, DROPOUT, dropout_calls()), (dropout_keeps_all, DROPOUT, dropout_calls()),
    (exact_keep_count, DROPOUT, dropout_calls()), (regularization.dropout_forward, DROPOUT, dropout_calls())],
    ids=["he-other", "he-wider", "he-right", "dropout-other", "keeps-all", "keep-count", "dropout-right"])
def test_the_relation_as_entry_by_entry(wrong, setting, calls, monkeypatch):
    setting = replace(setting, budget=Budget())
    memo = Memo()  # the reference's other seeds run once, for both judges
    memo.leaves = leaf_views(items_of(setting, seeded(wrong, calls)))
    off = [leaf for leaf in memo.leaves if leaf.is_off]
    found = [draws(leaf, setting, memo) for leaf in off]
    monkeypatch.setattr(draws_module, "_judge_item", oracle_item)
    assert found == [draws(leaf, setting, memo) for leaf in off]
    assert any(f is not None for f in found) is (wrong in (he_global_rng, dropout_global_rng, exact_keep_count))
