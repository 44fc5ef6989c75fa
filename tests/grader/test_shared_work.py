"""What grading does once instead of per student or per call gives what the plain work gave.

Fixed cases planned once per grader (Context.constant), a result bit for bit the reference's judged
without the tolerance's arithmetic (validate.result_problem), erf's series summed only while it changes.
"""

import numpy as np
import pytest

from mlptutor.grader.checks.base import Context
from mlptutor.grader.checks.behaviour import BehaviourCheck, Scenario
from mlptutor.grader.checks.validate import result_problem
from mlptutor.grader.checks.value import ValueCheck
from mlptutor.grader.sandbox import Outcome
from mlptutor.reference.erf import erf


def _affine(x, scale=1.0):
    return x * scale + 1.0


def test_fixed_cases_are_planned_once_for_every_student_and_hidden_ones_per_student():
    check = ValueCheck("value", fixed=((np.arange(3.0),),), hidden=lambda rng: [(rng.normal(size=3),)])
    scripted = BehaviourCheck("behaviour", scenarios=(Scenario("scripted", lambda *a: None, args=(np.ones(2),)),))
    constants: dict = {}
    alice, bob = (check.plan(Context(s, "ex", "fn", _affine, constants=constants)) for s in ("alice", "bob"))
    assert alice.calls[0] is bob.calls[0] and alice.memo[1][0] is bob.memo[1][0]
    assert not alice.memo[1][0].flags.writeable  # shared by every student's judging: nobody may change it
    assert np.array_equal(alice.memo[1][0], np.arange(3.0) + 1.0)
    assert not np.array_equal(alice.memo[1][1], bob.memo[1][1])  # hidden inputs still drawn per student
    alone = check.plan(Context("alice", "ex", "fn", _affine))
    assert [c.id for c in alone.calls] == [c.id for c in alice.calls]
    assert all(np.array_equal(a, b) for a, b in zip(alone.memo[1], alice.memo[1]))
    assert check.plan(Context("alice", "ex", "other", _affine, constants=constants)).calls[0] is not alice.calls[0]
    first, second = (scripted.plan(Context(s, "ex", "fn", _affine, constants=constants)) for s in ("alice", "bob"))
    assert first.calls[0] is second.calls[0]


@pytest.mark.parametrize("got, expected, problem", [
    (np.array([1.0, 2.0]), np.array([1.0, 2.0]), None),
    ((np.array([1.0]), {"W": 2.5}), (np.array([1.0]), {"W": 2.5}), None),
    (np.array([1.0, np.inf]), np.array([1.0, np.inf]), "contains NaN or inf"),  # identical, still not finite
    (np.array([1.0, 2.0], dtype=np.float32), np.array([1.0, 2.0]), "expected float64"),
    (np.array([[1.0, 2.0]]), np.array([1.0, 2.0]), "shape"),
    ([1.0, 2.0], np.array([1.0, 2.0]), "expected numpy.ndarray"),
    (np.array([1.0, 2.0 + 1e-6]), np.array([1.0, 2.0]), "1 of 2 entries off"),
])
def test_a_result_identical_to_the_reference_is_judged_as_the_whole_walk_judges_it(got, expected, problem):
    found = result_problem(Outcome("ok", got), expected, 1e-8, 1e-12)
    assert (found is None) if problem is None else (problem in found)


def _erf_every_term(x):
    """erf as reference/erf.py summed it before it stopped early: all 160 terms, |x| >= 6 clipped."""
    raw = np.asarray(x, dtype=np.float64)
    x = np.clip(raw, -6.0, 6.0)
    with np.errstate(under="ignore"):
        x2 = x * x
        term, total = x.copy(), x.copy()
        for n in range(160):
            term = term * (2.0 * x2 / (2 * n + 3))
            total = total + term
        series = 2.0 / np.sqrt(np.pi) * np.exp(-x2) * total
    return np.where(np.abs(raw) >= 6.0, np.sign(raw), series)


def test_erf_stopping_early_gives_every_bit_of_the_full_sum():
    rng = np.random.default_rng(3)
    inputs = [rng.standard_normal((8, 8)) * s for s in (1e-7, 0.5, 2.0, 4.0)] + [
        np.linspace(-7.0, 7.0, 2001), np.array([0.0, -0.0, 1e-310, 5.999999, 6.0, -7.0, np.inf, -np.inf, np.nan]),
        np.float64(0.3), np.empty((0, 2))]
    for x in inputs:
        got, full = erf(x), _erf_every_term(x)
        assert got.shape == full.shape and got.tobytes() == full.tobytes()
