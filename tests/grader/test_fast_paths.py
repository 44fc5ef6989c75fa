"""The shortcuts of the grading hot paths give what the plain walk gave: RNG markers, Refs, fixed expectations."""

import numpy as np
import pytest

from mlptutor.grader import symbolic_worker
from mlptutor.grader.checks import symbolic
from mlptutor.grader.checks.base import Context
from mlptutor.grader.checks.cases import materialise
from mlptutor.grader.checks.statistical import moments
from mlptutor.grader.checks.value import ValueCheck
from mlptutor.grader.sandbox import RNG, Call, Ref


def test_materialise_shares_containers_without_markers():
    x = np.ones(3)
    args = (x, {"W": x, "sizes": [3, 4]}, 2.0)
    assert materialise(args) is args


def test_materialise_rebuilds_only_around_nested_markers():
    x = np.ones(3)
    args = (x, {"rngs": [1, RNG(5)], "W": x}, (2.0,))
    got = materialise(args)
    assert type(got) is tuple and got[0] is x and got[2] is args[2]
    assert type(got[1]["rngs"]) is list and got[1]["W"] is x
    drawn = got[1]["rngs"][1]
    assert isinstance(drawn, np.random.Generator)
    assert drawn.random() == np.random.default_rng(5).random()
    assert isinstance(args[1]["rngs"][1], RNG)  # the planned arguments keep their marker


def test_call_refs_at_any_depth_in_order():
    call = Call("b", "m", "f", (np.ones(2), Ref("a", (1,)), [{"c": Ref("x")}]), {"k": (Ref("y"),)})
    assert call.refs() == (Ref("a", (1,)), Ref("x"), Ref("y"))
    assert Call("c", "m", "f", (np.ones(2), 3)).refs() == ()


def _affine(x, scale=1.0):
    return x * scale + 1.0


def test_fixed_expectations_are_per_check_and_hidden_ones_per_student():
    fixed = np.arange(3.0)
    doubling = ValueCheck("double", fixed=((fixed,),), hidden=lambda rng: [(rng.normal(size=3),)])
    tripling = ValueCheck("triple", fixed=((fixed, 3.0),))

    def plan(check, student):
        return check.plan(Context(student, "ex", "fn", _affine)).memo[1]

    alice, bob = plan(doubling, "alice"), plan(doubling, "bob")
    assert np.array_equal(alice[0], fixed + 1.0) and np.array_equal(bob[0], fixed + 1.0)
    assert not np.array_equal(alice[1], bob[1])  # hidden inputs still drawn per student
    assert np.array_equal(plan(tripling, "alice")[0], fixed * 3.0 + 1.0)
    assert np.array_equal(plan(doubling, "carol")[0], fixed + 1.0)
    calls = doubling.plan(Context("alice", "ex", "fn", _affine)).calls
    assert calls[0].id == "ex:fn:double:0" and calls[1].id == "ex:fn:double:h0"
    assert doubling.plan(Context("alice", "ex", "other", _affine)).calls[0].id == "ex:other:double:0"


@pytest.mark.parametrize("draw", [lambda r: r.normal(0.3, 2.0, 3000), lambda r: r.uniform(-1, 1, 3001)])
def test_moments_agree_with_the_textbook_formulas(draw):
    x = draw(np.random.default_rng(4))
    m, c = moments(x), x - x.mean()
    assert m["mean"] == pytest.approx(np.mean(x)) and m["var"] == pytest.approx(np.var(x))
    assert m["kurtosis"] == pytest.approx(np.mean(c**4) / np.var(x) ** 2)
    assert m["se_var"] == pytest.approx(np.sqrt((np.mean(c**4) - np.var(x) ** 2) / x.size))


@pytest.mark.parametrize("text", ["s * (1 - s)", "s*(1-s)", "  exp(-z) / (1 + exp(-z))**2\n", "__import__('os')",
                                  "2x", "", "z[0]", 3.5])
def test_remembered_formula_screening_agrees_with_the_scan(text):
    first, again = symbolic._screened(text), symbolic._screened(text)
    assert first == again
    assert first == (symbolic._refusal(text) or symbolic_worker.canonical(text))


EXACT_PAIRS = [  # (got, expected, plain_ints): results of every kind of leaf, equal and not
    (3, 3, False), (3, 3, True), (np.int64(3), 3, False), (np.int64(3), 3, True), (3.0, 3, False), (True, 1, False),
    (True, True, False), (np.True_, True, False), (1, True, False), ("relu", "relu", False), ("relu", "tanh", False),
    (None, None, False), (0, None, False), ((2, 3), (2, 3), True), ([2, 3], (2, 3), True), ([2, 3], (2, 3), False),
    ((2, 3), [2, 3], True), ((np.ones(2), 4), (np.ones(2), 4), False), ([np.ones(2), 4], (np.ones(2), 4), True),
    ({"epochs": 4, "best": 0.5}, {"epochs": 4, "best": 0.5}, False), ({"epochs": 4}, {"epochs": 5}, False),
    (10**400, 10**400, False), (2**1000, 2**1000, False),
]


@pytest.mark.parametrize("got, expected, plain", EXACT_PAIRS, ids=range(len(EXACT_PAIRS)))
def test_the_exact_shortcut_accepts_only_what_the_full_judging_accepts(got, expected, plain):
    """validate._same_numbers (the shortcut of result_problem) on ints, bools, str, None and their containers:
    what it accepts, the full judging (value_problem, then mismatch) accepts too; equal plain values it accepts."""
    from mlptutor.grader.checks.tolerance import ATOL, RTOL
    from mlptutor.grader.checks.validate import _same_numbers, mismatch, value_problem

    def full():
        try:
            return value_problem(got, expected, plain_ints=plain) or mismatch(expected, got, RTOL, ATOL)
        except OverflowError as exc:  # an int too large for float64: judged as a failure to judge
            return str(exc)

    if _same_numbers(got, expected, plain):
        assert full() is None
    if (type(got) is type(expected) and type(got) in (int, bool, str, type(None)) and got == expected
            and not (type(got) is int and abs(got) >= 2**1000)):
        assert _same_numbers(got, expected, plain)


def test_a_float_leaf_is_judged_in_python_floats_as_on_arrays():
    """validate._float_within (mismatch's shortcut for a float leaf) agrees with the tolerance policy on
    numpy's arrays, at the bound's edges, for zeros, subnormals, the largest floats, inf and NaN."""
    from mlptutor.grader.checks.tolerance import ATOL, RTOL, atol_for
    from mlptutor.grader.checks.validate import _float_within

    edges = [0.0, -0.0, 1.0, -2.5, 1e-300, 5e-324, 1e-12, 1e308, 1.7976931348623157e308, np.inf, -np.inf, np.nan]
    for exp in edges + [float(v) for v in np.random.default_rng(0).normal(size=30)]:
        for step in (0.0, 1e-16, 5e-13, 1e-12, 1e-10, 1e-8, 1.0, np.inf, np.nan):
            for got in (exp + step, exp - step, exp * (1 + step)):
                for rtol, atol in ((RTOL, ATOL), (0.0, 0.0)):
                    g, e = np.asarray(got, dtype=np.float64), np.asarray(exp, dtype=np.float64)
                    with np.errstate(all="ignore"):
                        on_arrays = bool(np.abs(g - e) <= atol_for(e, atol) + rtol * np.abs(e))
                    assert _float_within(float(got), float(exp), rtol, atol) == on_arrays, (got, exp, rtol, atol)
